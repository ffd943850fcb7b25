@custom @kafka
Feature: A team's pipeline between two topics masks what it copies

  Some pipelines never leave Kafka: a team copies a raw topic into a topic analysts may read,
  masking personal data on the way. Sluice builds it from Kafka's own MirrorSourceConnector,
  which copies bytes; its stage library "sluice-transforms" parses each value so the engine's
  MaskField can act on a field. Keys, headers and deletes (tombstones) pass untouched.

  Scenario: Keys and headers survive the copy, the SSN does not
    The records carry a plain key and a header naming their source. This fails if the mirror
    copies the SSN in plain text, drops or re-encodes a key or a header, or loses a record.
    Given the Kafka topic "raw-signups" has records:
      | key | id:int | name | ssn         | header:source |
      | a   | 1      | Ann  | 123-45-6789 | crm           |
      | b   | 2      | Zoë  | 987-65-4321 | shop          |
    And a pipeline "signups-safe" from the Kafka topic "raw-signups" to the Kafka topic "safe-signups"
    And the pipeline "signups-safe" masks the field "ssn"
    When the pipeline "signups-safe" is started
    Then within 30 seconds the Kafka topic "safe-signups" contains exactly:
      | key | id | name | ssn  | header:source |
      | a   | 1  | Ann  | **** | crm           |
      | b   | 2  | Zoë  | **** | shop          |
    And no record in the Kafka topic "safe-signups" contains "123-45-6789"

  Scenario: Updates and deletes cross a masking topic-to-topic hop into a table
    A table's changes go to a raw topic, a masking pipeline copies them to a second topic, and a
    sink applies that topic to a table. The final table is checked, so this fails if the mirror
    drops a delete (the deleted row would remain), mangles the key a delete is matched by, lets
    an SSN through, or loses an update. The copy is defined once the masked topic holds records:
    a sink from a topic upserts and deletes by the records' keys when they are structs, as a
    change-data-capture source writes them, and learns that from the topic's first record.
    Given the PostgreSQL table "patients" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
      | 3      | Cleo | 555-12-3456 |
    And a pipeline "patients-raw" from the PostgreSQL table "patients" to the Kafka topic "raw-patients"
    And a pipeline "patients-masked" from the Kafka topic "raw-patients" to the Kafka topic "safe-patients"
    And the pipeline "patients-masked" masks the field "ssn"
    When the pipeline "patients-raw" is started
    And the pipeline "patients-masked" is started
    Then within 30 seconds the Kafka topic "safe-patients" has 3 records
    When a pipeline "patients-copy" moves data from the Kafka topic "safe-patients" to the PostgreSQL table "analytics.patients"
    And these rows of the PostgreSQL table "patients" are updated:
      | id | name  | ssn         |
      | 2  | Bobby | 111-22-3333 |
    And the row with id 3 is deleted from the PostgreSQL table "patients"
    Then within 45 seconds the PostgreSQL table "analytics.patients" contains exactly:
      | id | name  | ssn  |
      | 1  | Ann   | **** |
      | 2  | Bobby | **** |
    And no record in the Kafka topic "safe-patients" contains "111-22-3333"
