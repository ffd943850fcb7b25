@trace
Feature: A row that went wrong is traced along its pipeline

  When a check per key fails (a key missing, a cell that differs, a key delivered twice, a row out
  of order), knowing which keys are wrong is half the answer; the other half is where along the
  pipeline each went wrong. So Sluice follows up to 5 of the wrong keys through every place they
  pass and reads each place directly: the origin's row, every record of the key in each topic on the
  way (partition, offset, time, the value as read, and the connector and transforms it came through),
  and the checked place's rows of the key. The failure message carries the trace compact; the
  scenario's page in the living documentation shows it whole.

  These scenarios plant a difference on purpose and check the report, not the data: they fail when
  the check holds, when the failure does not trace the key, or when the trace does not find the
  key's records where they are, each with its position.

  @kafka @jdbc @cdc
  Scenario: A cell masked on the way is traced from the table through the topic to the copy
    The copy masks the e-mail, and the expected rows say Bob's address arrives in the clear. The
    trace shows his row in the origin, his record in the topic (still in the clear, at its partition
    and offset) and his row in the copy, written by the sink whose transform masked it.
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | email           |
      | 1      | Ann  | ann@example.com |
      | 2      | Bob  | bob@example.com |
    And a pipeline "customers-out" moves data from the PostgreSQL table "customers" to the Kafka topic "customers"
    And a pipeline "customers-in" from the Kafka topic "customers" to the PostgreSQL table "customers_copy"
    And the pipeline "customers-in" masks the field "email"
    When the pipeline "customers-in" is started
    And within 5 seconds the PostgreSQL table "customers_copy" is checked to contain exactly:
      | id | name | email           |
      | 1  | Ann  | ****            |
      | 2  | Bob  | bob@example.com |
    Then that check failed, and its trace of "id=2" locates it 1 time in the Kafka topic "customers"

  @kafka
  Scenario: A key delivered twice is traced to both of its records
    A topic keeps every record, so a key written twice shows there twice; the trace names the
    partition and offset of each, which is what a reader needs to find the producer that wrote it.
    Given the Kafka topic "signups" has records:
      | id:int | email           |
      | 1      | ann@example.com |
      | 2      | bob@example.com |
      | 1      | ann@example.com |
    When within 5 seconds the Kafka topic "signups" is checked to contain exactly:
      | id | email           |
      | 1  | ann@example.com |
      | 2  | bob@example.com |
    Then that check failed, and its trace of "id=1" locates it 2 times in the Kafka topic "signups"

  @s3 @cdc
  Scenario: A row in the lake is traced to its data file and its row there
    The lake appends, so its rows are found by data file and row. The expected rows say Bob's SSN
    arrives in the clear; the trace shows it masked already in the pipeline's own topic, written by
    the source whose transforms masked it, and masked in the lake at its data file and row.
    Given the PostgreSQL table "members" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
    And a pipeline "members-lake" from the PostgreSQL table "members" to the S3 bucket "lake"
    And the pipeline "members-lake" masks the field "ssn"
    When the pipeline "members-lake" is started
    And within 60 seconds the S3 bucket "lake" has 2 records
    And within 5 seconds the S3 bucket "lake" is checked to contain exactly:
      | id | name | ssn         |
      | 1  | Ann  | ****        |
      | 2  | Bob  | 987-65-4321 |
    Then that check failed, and its trace of "id=2" locates it 1 time in the S3 bucket "lake"
    And that check failed, and its trace of "id=2" locates it 1 time in the Kafka topic "pipeline.members-lake"
