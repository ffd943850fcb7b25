@mariadb
Feature: MariaDB tables at either end of a pipeline

  The shop runs on MariaDB; the warehouse on PostgreSQL, the events on Kafka, the history in an
  S3 lake. Changes are read from MariaDB's row-based binlog by Debezium's MariaDB connector and
  written into MariaDB by Debezium's JDBC sink, which upserts by key and applies deletes. Each
  scenario reads the destination itself: a change that is lost, applied twice where it would show,
  or written to the wrong row fails it.

  @cdc @jdbc @every-environment
  Scenario: Inserts, updates and deletes in MariaDB reach a PostgreSQL table
    The copy must end with exactly the shop's rows: a missed update leaves an old city, a missed
    delete leaves Bob, a missed insert leaves Cleo out.
    Given the MariaDB table "customers" has rows:
      | id:int | name | order:bigint        | since:date | balance:numeric | vip:boolean |
      | 1      | Ann  | 9007199254740993    | 2020-01-15 | -12.5           | true        |
      | 2      | Bob  | -42                 | 2021-06-30 | 0               | false       |
    When a pipeline "shop-to-warehouse" moves data from the MariaDB table "customers" to the PostgreSQL table "warehouse.customers"
    Then within 60 seconds the PostgreSQL table "warehouse.customers" contains exactly:
      | id | name | order            | since      | balance | vip   |
      | 1  | Ann  | 9007199254740993 | 2020-01-15 | -12.5   | true  |
      | 2  | Bob  | -42              | 2021-06-30 | 0       | false |
    When these rows are inserted into the MariaDB table "customers":
      | id | name | order | since      | balance | vip  |
      | 3  | Cleo | 7     | 2022-11-01 | 99.99   | true |
    And these rows of the MariaDB table "customers" are updated:
      | id | name   |
      | 1  | Ann B. |
    And the row with id 2 is deleted from the MariaDB table "customers"
    Then within 60 seconds the PostgreSQL table "warehouse.customers" contains exactly:
      | id | name   | order            | since      | balance | vip  |
      | 1  | Ann B. | 9007199254740993 | 2020-01-15 | -12.5   | true |
      | 3  | Cleo   | 7                | 2022-11-01 | 99.99   | true |

  @cdc @jdbc @masking @engine-apart @every-environment
  Scenario: A PostgreSQL table reaches a MariaDB table with a masked field, deletes included
    The SSN must never reach MariaDB in plain text, and the masking must let the delete through:
    a masked delete that killed the pipeline, or an SSN left in the clear, fails it.
    Given the PostgreSQL table "patients" has rows:
      | id:int | name | ssn         | group |
      | 1      | Ann  | 123-45-6789 | A     |
      | 2      | Bob  | 987-65-4321 | B     |
    And a pipeline "patients-to-shop" from the PostgreSQL table "patients" to the MariaDB table "patients"
    And the pipeline "patients-to-shop" masks the field "ssn"
    When the pipeline "patients-to-shop" is started
    Then within 60 seconds the MariaDB table "patients" contains exactly:
      | id | name | ssn  | group |
      | 1  | Ann  | **** | A     |
      | 2  | Bob  | **** | B     |
    When the row with id 1 is deleted from the PostgreSQL table "patients"
    And these rows are inserted into the PostgreSQL table "patients":
      | id | name | ssn         | group |
      | 3  | Åsa  | 555-12-3456 | C     |
    Then within 60 seconds the MariaDB table "patients" contains exactly:
      | id | name | ssn  | group |
      | 2  | Bob  | **** | B     |
      | 3  | Åsa  | **** | C     |
    And no record in the MariaDB table "patients" contains "555-12-3456"

  @cdc @jdbc @engine-apart
  Scenario: A table of the same name in another database of the server is not taken for the destination
    One MariaDB server often holds the databases of several teams. The sink looks for its table
    before it creates it: a sink that finds the other team's "orders_copy" and takes it for its own
    never creates the table in its own database and fails to write, so the copy stays empty.
    Given the MariaDB table "orders_copy" also exists, with other columns, in another database of the same server
    And the PostgreSQL table "orders" has rows:
      | id:int | item   | qty:bigint          |
      | 1      | Äpfel  | 9007199254740993    |
      | 2      | select |                     |
    When a pipeline "orders-to-shop" moves data from the PostgreSQL table "orders" to the MariaDB table "orders_copy"
    Then within 60 seconds the MariaDB table "orders_copy" contains exactly:
      | id | item   | qty              |
      | 1  | Äpfel  | 9007199254740993 |
      | 2  | select |                  |
    When the row with id 1 is deleted from the PostgreSQL table "orders"
    Then within 60 seconds the MariaDB table "orders_copy" contains exactly:
      | id | item   | qty |
      | 2  | select |     |

  @cdc @kafka
  Scenario: Changes of a MariaDB table with a composite key reach a Kafka topic, deletes as tombstones
    A topic keeps every record, so the latest record per key must be the row's current state:
    a lost update shows the old quantity, a lost delete leaves the key in the topic.
    Given the MariaDB table "stock" has rows:
      | warehouse:text:key | sku:text:key | qty:int | note  |
      | oslo               | A-1          | 5       | first |
      | oslo               | B-2          | 1       |       |
      | bergen             | A-1          | 9       | ünï   |
    And a pipeline "stock-events" from the MariaDB table "stock" to the Kafka topic "stock_events"
    When the pipeline "stock-events" is started
    Then within 60 seconds the Kafka topic "stock_events" has 3 records
    When these rows of the MariaDB table "stock" are updated:
      | warehouse | sku | qty |
      | oslo      | A-1 | 4   |
    And these rows are deleted from the MariaDB table "stock":
      | warehouse | sku |
      | oslo      | B-2 |
    Then within 60 seconds the Kafka topic "stock_events" matches the MariaDB table "stock"

  @cdc @s3
  Scenario: A MariaDB table lands in the S3 lake, with SSNs masked
    The lake appends: every state of a row is a new row. The masked value must be the only one in
    the lake's files; a plain SSN anywhere in them fails the scenario.
    Given the MariaDB table "members" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
    And a pipeline "members-lake" from the MariaDB table "members" to the S3 bucket "members-lake"
    And the pipeline "members-lake" masks the field "ssn"
    When the pipeline "members-lake" is started
    Then within 60 seconds the S3 bucket "members-lake" contains exactly:
      | id | name | ssn  |
      | 1  | Ann  | **** |
      | 2  | Bob  | **** |
    When these rows are inserted into the MariaDB table "members":
      | id | name | ssn         |
      | 3  | Cleo | 555-12-3456 |
    Then within 60 seconds the S3 bucket "members-lake" has 3 records
    And no record in the S3 bucket "members-lake" contains "123-45-6789"
    And no record in the S3 bucket "members-lake" contains "555-12-3456"
