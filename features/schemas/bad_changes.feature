@registry @schemas @errors
Feature: Changes a destination or its connector cannot follow

  Some changes at the origin cannot be carried: the destination has no type for the new column,
  the JDBC sink cannot add a required column to a table that has rows, the registry's rule
  forbids the new schema. Each fails the pipeline with the connector's own error and Sluice's
  reading of it (what happened, what to change), and the rows before the change stay delivered.
  These scenarios fail if such a change is carried silently (a row lost or cut), if the rows
  before it are missing, or if the error does not say what to change.

  @mariadb @engine-apart
  Scenario: A column of a type MariaDB has no column for fails the MariaDB copy; the rows before it stay
    PostgreSQL's text[] reaches the topic as an array; the JDBC sink's MariaDB dialect has no
    column type for it and fails with a NullPointerException, which Sluice reads out.
    Given the PostgreSQL table "posts" has rows:
      | id:int | title |
      | 1      | Hello |
    And a pipeline "posts-copy" moves data from the PostgreSQL table "posts" to the MariaDB table "posts_copy"
    Then within 60 seconds the MariaDB table "posts_copy" has 1 record
    When the column "tags" of type "text[]" is added to the PostgreSQL table "posts"
    And these rows are inserted into the PostgreSQL table "posts":
      | id | title | tags  |
      | 2  | World | {a,b} |
    Then the pipeline "posts-copy" fails with an error mentioning "no column type in this database"
    And within 5 seconds the MariaDB table "posts_copy" contains exactly:
      | id | title |
      | 1  | Hello |

  Scenario: A renamed key column is a required new column the JDBC sink cannot add; the rows before it stay
    Debezium sees the rename as a new field, and a key column is NOT NULL without a default; the
    sink adds only columns that allow NULL or have a default to a table that has rows.
    Given the PostgreSQL table "people" has rows:
      | id:int:key | nick |
      | 1          | Ann  |
    And a pipeline "people-copy" moves data from the PostgreSQL table "people" to the PostgreSQL table "warehouse.people"
    Then within 60 seconds the PostgreSQL table "warehouse.people" has 1 record
    When the column "id" of the PostgreSQL table "people" is renamed to "person_id"
    And these rows are inserted into the PostgreSQL table "people":
      | person_id | nick |
      | 2         | Bob  |
    Then the pipeline "people-copy" fails with an error mentioning "field 'person_id' is not optional"
    And the pipeline "people-copy" fails with an error mentioning "Change the origin column to allow NULL or give it a default"
    And within 5 seconds the PostgreSQL table "warehouse.people" contains exactly:
      | id | nick |
      | 1  | Ann  |

  Scenario: A renamed key column under the registry's BACKWARD rule: the new schema is refused, nothing after it is written
    The renamed field is required and has no default, so a reader with the new schema could not
    read the old records. This fails if the registry lets a second value version through or a
    record written before the rename is missing.
    Given the PostgreSQL table "codes" has rows:
      | id:int:key | code |
      | 1          | 10   |
    And a pipeline "codes-out" from the PostgreSQL table "codes" to the Kafka topic "codes"
    And the pipeline "codes-out" writes Avro
    When the pipeline "codes-out" is started
    Then within 30 seconds the Kafka topic "codes" has 1 record
    When the schema registry requires BACKWARD compatibility for the values of the Kafka topic "codes"
    And the column "id" of the PostgreSQL table "codes" is renamed to "code_id"
    And these rows are inserted into the PostgreSQL table "codes":
      | code_id | code |
      | 2       | 20   |
    Then the pipeline "codes-out" fails with an error mentioning "Incompatible artifact"
    And the pipeline "codes-out" fails with an error mentioning "needs a default or must allow NULL"
    And within 5 seconds the Kafka topic "codes" contains exactly:
      | id | code |
      | 1  | 10   |
    And the schema registry holds 1 version of the value schema of the Kafka topic "codes"
