Feature: Customers reach the analytics copy with their SSNs masked

  Analysts read a copy of the CRM's customers. The copy must follow every change (updates and
  deletes) and never hold an SSN in plain text. This fails if an update or a delete does not
  reach the copy, or if an SSN does.

  Scenario: Changes reach the masked copy
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
    And a pipeline "customers-copy" from the PostgreSQL table "customers" to the PostgreSQL table "analytics.customers"
    And the pipeline "customers-copy" masks the field "ssn"
    When the pipeline "customers-copy" is started
    And these rows of the PostgreSQL table "customers" are updated:
      | id | name  |
      | 1  | Annie |
    And the row with id 2 is deleted from the PostgreSQL table "customers"
    Then within 30 seconds the PostgreSQL table "analytics.customers" contains exactly:
      | id | name  | ssn  |
      | 1  | Annie | **** |
    And no record in the PostgreSQL table "analytics.customers" contains "123-45-6789"
