# Generated from the system registry by dev.sluice.conformance.MatrixFeature: do not edit.
# MatrixFeatureTest fails when it is out of date; run it with -Dsluice.matrix.write=true to
# write it again (mvn -o test -Dtest=MatrixFeatureTest -Dsluice.matrix.write=true).
@conformance
Feature: The conformance matrix: every origin and destination the registry knows

  Every pair of registered systems runs the same lifecycle on the same awkward rows: SQL
  keywords and mixed case as column names, unicode, NULLs, 64-bit integers, a 30-digit decimal,
  timestamps with and without zone. The rows are copied, changed while the pipeline runs,
  changed again while it is stopped, and the copy must then match the origin's rows with the
  masked field masked. A pair the registry does not support must be refused, saying what is.
  The living docs' matrix page shows each cell: passed, failed, refused or not run.

  @mariadb @engine-apart
  Scenario: MariaDB table → MariaDB table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear.
    Given the MariaDB table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the MariaDB table "ledger" to the MariaDB table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the MariaDB table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the MariaDB table "ledger"
    Then within 60 seconds the MariaDB table "replica" matches the MariaDB table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the MariaDB table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the MariaDB table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the MariaDB table "replica" matches the MariaDB table "ledger", with the field "secret" masked
    And no record in the MariaDB table "replica" contains "333-33-3333"

  @mariadb @postgres
  Scenario: MariaDB table → PostgreSQL table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear.
    Given the MariaDB table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the MariaDB table "ledger" to the PostgreSQL table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the MariaDB table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the MariaDB table "ledger"
    Then within 60 seconds the PostgreSQL table "replica" matches the MariaDB table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the MariaDB table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the MariaDB table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the PostgreSQL table "replica" matches the MariaDB table "ledger", with the field "secret" masked
    And no record in the PostgreSQL table "replica" contains "333-33-3333"

  @mariadb @kafka
  Scenario: MariaDB table → Kafka topic
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. The copy is a topic: it keeps every record, and its current rows are its latest
    record per key, a tombstone removing the key.
    Given the MariaDB table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the MariaDB table "ledger" to the Kafka topic "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the MariaDB table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the MariaDB table "ledger"
    Then within 60 seconds the Kafka topic "replica" matches the MariaDB table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the MariaDB table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the MariaDB table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the Kafka topic "replica" matches the MariaDB table "ledger", with the field "secret" masked
    And no record in the Kafka topic "replica" contains "333-33-3333"

  @mariadb @s3
  Scenario: MariaDB table → S3 bucket
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. The copy is a lake, which appends: a delete is a row of its key marked __deleted,
    and its current rows are its latest row per key in commit order, a delete's row removing the
    key.
    Given the MariaDB table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the MariaDB table "ledger" to the S3 bucket "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the MariaDB table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the MariaDB table "ledger"
    Then within 60 seconds the S3 bucket "replica" matches the MariaDB table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the MariaDB table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the MariaDB table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the MariaDB table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the S3 bucket "replica" matches the MariaDB table "ledger", with the field "secret" masked
    And no record in the S3 bucket "replica" contains "333-33-3333"

  @postgres @mariadb @engine-apart
  Scenario: PostgreSQL table → MariaDB table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear.
    Given the PostgreSQL table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the PostgreSQL table "ledger" to the MariaDB table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the PostgreSQL table "ledger"
    Then within 60 seconds the MariaDB table "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the MariaDB table "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    And no record in the MariaDB table "replica" contains "333-33-3333"

  @postgres
  Scenario: PostgreSQL table → PostgreSQL table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear.
    Given the PostgreSQL table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the PostgreSQL table "ledger" to the PostgreSQL table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the PostgreSQL table "ledger"
    Then within 60 seconds the PostgreSQL table "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the PostgreSQL table "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    And no record in the PostgreSQL table "replica" contains "333-33-3333"

  @postgres @kafka
  Scenario: PostgreSQL table → Kafka topic
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. The copy is a topic: it keeps every record, and its current rows are its latest
    record per key, a tombstone removing the key.
    Given the PostgreSQL table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the PostgreSQL table "ledger" to the Kafka topic "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the PostgreSQL table "ledger"
    Then within 60 seconds the Kafka topic "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the Kafka topic "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    And no record in the Kafka topic "replica" contains "333-33-3333"

  @postgres @s3
  Scenario: PostgreSQL table → S3 bucket
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. The copy is a lake, which appends: a delete is a row of its key marked __deleted,
    and its current rows are its latest row per key in commit order, a delete's row removing the
    key.
    Given the PostgreSQL table "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the PostgreSQL table "ledger" to the S3 bucket "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the PostgreSQL table "ledger"
    Then within 60 seconds the S3 bucket "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the PostgreSQL table "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the PostgreSQL table "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the S3 bucket "replica" matches the PostgreSQL table "ledger", with the field "secret" masked
    And no record in the S3 bucket "replica" contains "333-33-3333"

  @kafka @mariadb @engine-apart
  Scenario: Kafka topic → MariaDB table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. A topic's rows are its latest record per key: its records carry a key of fields
    (the columns marked :key), an update is a new record of the key with its other fields as last
    written, a delete a tombstone; records written while the pipeline is stopped are read when it
    starts again.
    Given the Kafka topic "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the Kafka topic "ledger" to the MariaDB table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the Kafka topic "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the Kafka topic "ledger"
    Then within 60 seconds the MariaDB table "replica" matches the Kafka topic "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the Kafka topic "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the Kafka topic "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the MariaDB table "replica" matches the Kafka topic "ledger", with the field "secret" masked
    And no record in the MariaDB table "replica" contains "333-33-3333"

  @kafka @postgres
  Scenario: Kafka topic → PostgreSQL table
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. A topic's rows are its latest record per key: its records carry a key of fields
    (the columns marked :key), an update is a new record of the key with its other fields as last
    written, a delete a tombstone; records written while the pipeline is stopped are read when it
    starts again.
    Given the Kafka topic "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the Kafka topic "ledger" to the PostgreSQL table "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the Kafka topic "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the Kafka topic "ledger"
    Then within 60 seconds the PostgreSQL table "replica" matches the Kafka topic "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the Kafka topic "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the Kafka topic "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the PostgreSQL table "replica" matches the Kafka topic "ledger", with the field "secret" masked
    And no record in the PostgreSQL table "replica" contains "333-33-3333"

  @kafka
  Scenario: Kafka topic → Kafka topic
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. A topic's rows are its latest record per key: its records carry a key of fields
    (the columns marked :key), an update is a new record of the key with its other fields as last
    written, a delete a tombstone; records written while the pipeline is stopped are read when it
    starts again. The copy is a topic: it keeps every record, and its current rows are its latest
    record per key, a tombstone removing the key.
    Given the Kafka topic "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the Kafka topic "ledger" to the Kafka topic "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the Kafka topic "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "replica" matches the Kafka topic "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the Kafka topic "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the Kafka topic "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the Kafka topic "replica" matches the Kafka topic "ledger", with the field "secret" masked
    And no record in the Kafka topic "replica" contains "333-33-3333"

  @kafka @s3
  Scenario: Kafka topic → S3 bucket
    This fails if a row is lost, duplicated where that shows, changed on the way or left after its
    delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives
    in the clear. A topic's rows are its latest record per key: its records carry a key of fields
    (the columns marked :key), an update is a new record of the key with its other fields as last
    written, a delete a tombstone; records written while the pipeline is stopped are read when it
    starts again. The copy is a lake, which appends: a delete is a row of its key marked __deleted,
    and its current rows are its latest row per key in commit order, a delete's row removing the
    key.
    Given the Kafka topic "ledger" has rows:
      | id:int:key | order:bigint         | Group  | amount:numeric                  | note   | at:timestamp        | at_zone:timestamptz    | secret      |
      | 1          | 9223372036854775807  | admins | 123456789012345678901234.123456 | Zoë 用户 | 2024-01-01 10:00:00 | 2024-01-01 10:00:00+02 | 111-11-1111 |
      | 2          | -9223372036854775808 |        | -0.000001                       |        |                     |                        | 222-22-2222 |
    And a pipeline "ledger-out" from the Kafka topic "ledger" to the S3 bucket "replica"
    And the pipeline "ledger-out" masks the field "secret"
    When the pipeline "ledger-out" is started
    And these rows are inserted into the Kafka topic "ledger":
      | id | order            | Group | amount | note            | at                  | at_zone                | secret      |
      | 3  | 9007199254740993 | ops   | 0      | it's "select" ✓ | 2024-02-29 23:59:59 | 2024-02-29 23:59:59-05 | 333-33-3333 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | note | amount |
      | 1  | Åsa  | 1.5    |
    And the row with id 2 is deleted from the Kafka topic "ledger"
    Then within 60 seconds the S3 bucket "replica" matches the Kafka topic "ledger", with the field "secret" masked
    When the pipeline "ledger-out" is stopped
    And these rows are inserted into the Kafka topic "ledger":
      | id | order | Group  | amount                      | note | at                  | at_zone                | secret      |
      | 4  | 0     | Select | 99999999999999999999.999999 |      | 1970-01-01 00:00:00 | 2000-01-01 00:00:00+00 | 444-44-4444 |
    And these rows of the Kafka topic "ledger" are updated:
      | id | order | Group |
      | 3  | -1    |       |
    And the row with id 1 is deleted from the Kafka topic "ledger"
    And the pipeline "ledger-out" is started
    Then within 60 seconds the S3 bucket "replica" matches the Kafka topic "ledger", with the field "secret" masked
    And no record in the S3 bucket "replica" contains "333-33-3333"

  @s3 @mariadb
  Scenario: S3 bucket → MariaDB table
    The S3 bucket is a destination only: no stage library reads it. The pipeline must be refused
    before anything is created, saying which pairs are supported.
    When a pipeline "ledger-out" moves data from the S3 bucket "ledger" to the MariaDB table "replica"
    Then the pipeline "ledger-out" fails with an error mentioning "(S3 buckets are destinations only)"
    And the pipeline "ledger-out" fails with an error mentioning "Supported: "

  @s3 @postgres
  Scenario: S3 bucket → PostgreSQL table
    The S3 bucket is a destination only: no stage library reads it. The pipeline must be refused
    before anything is created, saying which pairs are supported.
    When a pipeline "ledger-out" moves data from the S3 bucket "ledger" to the PostgreSQL table "replica"
    Then the pipeline "ledger-out" fails with an error mentioning "(S3 buckets are destinations only)"
    And the pipeline "ledger-out" fails with an error mentioning "Supported: "

  @s3 @kafka
  Scenario: S3 bucket → Kafka topic
    The S3 bucket is a destination only: no stage library reads it. The pipeline must be refused
    before anything is created, saying which pairs are supported.
    When a pipeline "ledger-out" moves data from the S3 bucket "ledger" to the Kafka topic "replica"
    Then the pipeline "ledger-out" fails with an error mentioning "(S3 buckets are destinations only)"
    And the pipeline "ledger-out" fails with an error mentioning "Supported: "

  @s3
  Scenario: S3 bucket → S3 bucket
    The S3 bucket is a destination only: no stage library reads it. The pipeline must be refused
    before anything is created, saying which pairs are supported.
    When a pipeline "ledger-out" moves data from the S3 bucket "ledger" to the S3 bucket "replica"
    Then the pipeline "ledger-out" fails with an error mentioning "(S3 buckets are destinations only)"
    And the pipeline "ledger-out" fails with an error mentioning "Supported: "
