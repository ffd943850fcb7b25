@errors
Feature: Pipelines that cannot work say why

  A pipeline that cannot work must fail loudly and say what to fix: a misspelt column is refused
  before anything is created, and a destination that rejects rows stops the pipeline with the
  database's own message.

  Scenario: Masking a column that does not exist is refused, listing the known columns
    Given the PostgreSQL table "patients" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
    And a pipeline "typo" from the PostgreSQL table "patients" to the Kafka topic "patients"
    And the pipeline "typo" masks the field "social_security_number"
    When the pipeline "typo" is started
    Then the pipeline "typo" fails with an error mentioning "no column \"social_security_number\""
    And the pipeline "typo" fails with an error mentioning "Known columns: id, name, ssn"

  Scenario: Renaming a column that does not exist is refused
    Given the PostgreSQL table "users" has rows:
      | id:int | mail            |
      | 1      | ann@example.com |
    And a pipeline "bad-rename" from the PostgreSQL table "users" to the PostgreSQL table "users_copy"
    And the pipeline "bad-rename" renames the field "email" to "contact"
    When the pipeline "bad-rename" is started
    Then the pipeline "bad-rename" fails with an error mentioning "Known columns: id, mail"

  @jdbc @cdc
  Scenario: A destination that rejects rows fails the pipeline with the database's message
    Given the PostgreSQL table "payments" has rows:
      | id:int | amount |
      | 1      | lots   |
    And the PostgreSQL table "ledger" has rows:
      | id:int | amount:int |
      | 99     | 1          |
    When a pipeline "payments-to-ledger" moves data from the PostgreSQL table "payments" to the PostgreSQL table "ledger"
    Then the pipeline "payments-to-ledger" fails with an error mentioning "is of type integer"

  Scenario: An S3 bucket cannot be an origin; the refusal lists the pipelines that can be built
    The data lake is a destination only. Asking for a pipeline out of it is refused before
    anything is created, and the message says which origins and destinations are supported.
    When a pipeline "lake-out" moves data from the S3 bucket "lake" to the Kafka topic "events"
    Then the pipeline "lake-out" fails with an error mentioning "(S3 buckets are destinations only)"
    And the pipeline "lake-out" fails with an error mentioning "Supported: "
    And the pipeline "lake-out" fails with an error mentioning "PostgreSQL table → Kafka topic"
