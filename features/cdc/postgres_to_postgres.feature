@cdc @jdbc
Feature: A PostgreSQL table is replicated into another PostgreSQL table

  The warehouse keeps a copy of the customers table of the shop. Rows that exist when the
  pipeline starts are copied first; after that every insert, update and delete in the shop's
  table is applied to the copy, so both tables hold the same rows.

  @smoke
  Scenario: Inserts, updates and deletes are replicated
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | city   | since:date |
      | 1      | Ann  | Oslo   | 2020-01-15 |
      | 2      | Bob  | Bergen | 2021-06-30 |
    When a pipeline "customers-copy" moves data from the PostgreSQL table "customers" to the PostgreSQL table "warehouse.customers"
    Then within 30 seconds the PostgreSQL table "warehouse.customers" contains exactly:
      | id | name | city   | since      |
      | 1  | Ann  | Oslo   | 2020-01-15 |
      | 2  | Bob  | Bergen | 2021-06-30 |
    When these rows are inserted into the PostgreSQL table "customers":
      | id | name | city      | since      |
      | 3  | Cleo | Trondheim | 2022-11-01 |
    And these rows of the PostgreSQL table "customers" are updated:
      | id | city    |
      | 1  | Tromsø  |
    And the row with id 2 is deleted from the PostgreSQL table "customers"
    Then within 30 seconds the PostgreSQL table "warehouse.customers" contains exactly:
      | id | name | city      | since      |
      | 1  | Ann  | Tromsø    | 2020-01-15 |
      | 3  | Cleo | Trondheim | 2022-11-01 |

  Scenario: A stopped pipeline catches up when it is started again, without duplicates
    Given the PostgreSQL table "products" has rows:
      | id:int | title |
      | 1      | Lamp  |
    And a pipeline "products-copy" from the PostgreSQL table "products" to the PostgreSQL table "shop_products"
    When the pipeline "products-copy" is started
    Then within 30 seconds the PostgreSQL table "shop_products" contains exactly:
      | id | title |
      | 1  | Lamp  |
    When the pipeline "products-copy" is stopped
    And these rows are inserted into the PostgreSQL table "products":
      | id | title |
      | 2  | Desk  |
    And the pipeline "products-copy" is started
    Then the pipeline "products-copy" is running
    And within 30 seconds the PostgreSQL table "shop_products" contains exactly:
      | id | title |
      | 1  | Lamp  |
      | 2  | Desk  |

  Scenario: A thousand generated rows are replicated
    Given the PostgreSQL table "leads" has 1000 generated rows
    When a pipeline "leads-copy" moves data from the PostgreSQL table "leads" to the PostgreSQL table "crm_leads"
    Then within 60 seconds the PostgreSQL table "crm_leads" has 1000 records

  Scenario Outline: A pipeline stopped and started again many times neither stalls nor loses nor repeats a row
    Stopping keeps a pipeline's configuration and offsets; starting it again must bring every
    connector back to RUNNING and continue from where it stopped. This fails if any start leaves a
    connector stopped (that cycle's start times out and names the connector), if a restart skips a
    change (a row is missing), or, into a topic, which keeps every record, if a restart replays
    one (a row shows twice).
    Given the PostgreSQL table "stock" has rows:
      | id:int | item  |
      | 1      | Lamp  |
    And a pipeline "stock-out" moves data from the PostgreSQL table "stock" to the <destination>
    Then within 30 seconds the <destination> has 1 records
    When the pipeline "stock-out" is stopped and started again for each of these rows, inserted into the PostgreSQL table "stock" while it is stopped:
      | id | item   |
      | 2  | Desk   |
      | 3  | Chair  |
      | 4  | Shelf  |
      | 5  | Rug    |
      | 6  | Mirror |
      | 7  | Clock  |
      | 8  | Vase   |
      | 9  | Stool  |
    Then the pipeline "stock-out" is running
    And within 30 seconds the <destination> contains exactly:
      | id | item   |
      | 1  | Lamp   |
      | 2  | Desk   |
      | 3  | Chair  |
      | 4  | Shelf  |
      | 5  | Rug    |
      | 6  | Mirror |
      | 7  | Clock  |
      | 8  | Vase   |
      | 9  | Stool  |

    Examples:
      | destination                   |
      | PostgreSQL table "stock_copy" |
      | Kafka topic "stock_feed"      |
