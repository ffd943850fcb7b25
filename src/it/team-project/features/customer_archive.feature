Feature: The team's own connectors archive every customer ever seen

  The archive is the team's own pair of connectors (pipelines/customer-archive): a capture with
  its transform chain (stamp the origin, drop the SSN, drop deletes) and a JDBC sink. This fails
  if the chain is not applied as written: a deleted customer would vanish from the archive, the
  origin column would be missing, or an SSN would reach it.

  Scenario: A deleted customer stays in the archive, without an SSN
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
    And a pipeline "archive" defined by the connector configurations in "pipelines/customer-archive"
    When the pipeline "archive" is started
    And the row with id 2 is deleted from the PostgreSQL table "customers"
    Then within 30 seconds the PostgreSQL table "customer_archive" contains exactly:
      | id | name | origin |
      | 1  | Ann  | crm    |
      | 2  | Bob  | crm    |
    And no record in the PostgreSQL table "customer_archive" contains "123-45-6789"
