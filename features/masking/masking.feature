@masking
Feature: Personal data is masked before it leaves the source

  Compliance requires that social security numbers never reach analytics systems in plain text.
  A pipeline that masks a field replaces its text with "****" (numbers become 0, empty values
  stay empty) before the record is written to Kafka, so no copy downstream ever holds the value.

  @smoke @jdbc @cdc
  Scenario: SSNs are masked in the warehouse copy
    Given the PostgreSQL table "patients" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
      | 3      | Cleo |             |
    And a pipeline "patients-safe" from the PostgreSQL table "patients" to the PostgreSQL table "analytics.patients"
    And the pipeline "patients-safe" masks the field "ssn"
    When the pipeline "patients-safe" is started
    Then within 30 seconds the PostgreSQL table "analytics.patients" contains exactly:
      | id | name | ssn  |
      | 1  | Ann  | **** |
      | 2  | Bob  | **** |
      | 3  | Cleo |      |
    And no record in the PostgreSQL table "analytics.patients" contains "123-45-6789"
    And no record in the PostgreSQL table "analytics.patients" contains "987-65-4321"

  @kafka @cdc
  Scenario: No plaintext SSN reaches the topic, for existing and new rows
    Given the PostgreSQL table "employees" has 20 generated rows
    And a pipeline "employees-out" from the PostgreSQL table "employees" to the Kafka topic "employees"
    And the pipeline "employees-out" masks the field "ssn"
    When the pipeline "employees-out" is started
    And these rows are inserted into the PostgreSQL table "employees":
      | id | name  | ssn         |
      | 21 | Dora  | 123-45-6789 |
    Then within 30 seconds the Kafka topic "employees" has 21 records
    And no record in the Kafka topic "employees" contains "123-45-6789"
    And no record in the Kafka topic "employees" contains "101-11-1001"

  @kafka @jdbc
  Scenario: Records from Kafka are masked before they reach the table
    Given the Kafka topic "signups" has records:
      | id:int | email             | age:int |
      | 1      | ann@example.com   | 34      |
    And a pipeline "signups-in" from the Kafka topic "signups" to the PostgreSQL table "signups"
    And the pipeline "signups-in" masks the field "email"
    And the pipeline "signups-in" masks the field "age"
    When the pipeline "signups-in" is started
    Then within 30 seconds the PostgreSQL table "signups" contains exactly:
      | id | email | age |
      | 1  | ****  | 0   |

  @jdbc @cdc
  Scenario: A field is renamed on the way
    Given the PostgreSQL table "users" has rows:
      | id:int | mail            |
      | 1      | ann@example.com |
    And a pipeline "users-copy" from the PostgreSQL table "users" to the PostgreSQL table "crm_users"
    And the pipeline "users-copy" renames the field "mail" to "email"
    And the pipeline "users-copy" masks the field "email"
    When the pipeline "users-copy" is started
    Then within 30 seconds the PostgreSQL table "crm_users" contains exactly:
      | id | email |
      | 1  | ****  |
