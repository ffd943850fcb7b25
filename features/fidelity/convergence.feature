@fidelity @cdc
Feature: After any mix of changes, the copy converges on the origin

  Whatever happens in the shop's table — inserts, updates of the same row several times, deletes,
  a row deleted right after it was created — the copy must end up holding exactly the table's
  current rows. These scenarios fail if a change is lost, applied twice where that shows, applied
  out of order (an older value wins), or if a deleted row survives. A topic's current rows are its
  latest record per key, a tombstone removing the key; the lake, which appends, records a delete as
  a row of its key marked __deleted, and its current rows are the latest per key in commit order.

  Scenario Outline: After a storm of inserts, updates and deletes the <destination> matches the origin
    Given the PostgreSQL table "accounts" has rows:
      | id:int | owner | balance:numeric |
      | 1      | Ann   | 10              |
      | 2      | Bob   | 20              |
      | 3      | Cleo  | 30              |
    And a pipeline "accounts-out" moves data from the PostgreSQL table "accounts" to the <destination>
    When these rows are inserted into the PostgreSQL table "accounts":
      | id | owner | balance |
      | 4  | Dora  | 40      |
      | 5  | Emil  | 50      |
    And these rows of the PostgreSQL table "accounts" are updated:
      | id | balance |
      | 1  | 11      |
      | 4  | 41      |
    And these rows are deleted from the PostgreSQL table "accounts":
      | id |
      | 2  |
      | 5  |
    And these rows of the PostgreSQL table "accounts" are updated:
      | id | owner | balance |
      | 1  | Anne  | 12      |
    Then within 60 seconds the <destination> matches the PostgreSQL table "accounts"

    Examples:
      | destination                        |
      | PostgreSQL table "accounts_copy"   |
      | Kafka topic "accounts"             |

    @s3
    Examples:
      | destination                        |
      | S3 bucket "accounts-lake"          |

  @kafka
  Scenario: A topic holds each row's changes in the order they happened
    A topic is a log: the order of a key's records is the order of its changes. This fails if a
    change is missing, repeated, or out of order for its row (rows of different keys may interleave).
    Given the PostgreSQL table "tickets" has rows:
      | id:int | status |
      | 1      | open   |
      | 2      | open   |
    And a pipeline "tickets-out" moves data from the PostgreSQL table "tickets" to the Kafka topic "tickets"
    When these rows of the PostgreSQL table "tickets" are updated:
      | id | status  |
      | 1  | pending |
    And these rows of the PostgreSQL table "tickets" are updated:
      | id | status |
      | 2  | closed |
      | 1  | closed |
    Then within 30 seconds the Kafka topic "tickets" contains, in order:
      | id | status  |
      | 1  | open    |
      | 1  | pending |
      | 1  | closed  |
      | 2  | open    |
      | 2  | closed  |
