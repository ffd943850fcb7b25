@cdc @kafka
Feature: Changes in a PostgreSQL table are published to a Kafka topic

  The orders team publishes every order to the "orders" topic so that other teams can react to
  them without querying the orders database. Existing rows are published when the pipeline
  starts (the snapshot) and every new row follows as soon as it is committed.

  @smoke
  Scenario: Existing rows and new rows reach the topic
    Given the PostgreSQL table "orders" has rows:
      | id:int | customer | amount:numeric | paid:boolean |
      | 1      | Ann      | 10.50          | true         |
      | 2      | Bob      | 7              | false        |
    When a pipeline "orders-out" moves data from the PostgreSQL table "orders" to the Kafka topic "orders"
    Then the pipeline "orders-out" is running
    And within 30 seconds the Kafka topic "orders" contains exactly:
      | id | customer | amount | paid  |
      | 1  | Ann      | 10.5   | true  |
      | 2  | Bob      | 7.00   | false |
    When these rows are inserted into the PostgreSQL table "orders":
      | id | customer | amount | paid |
      | 3  | Cleo     | 99.99  |      |
    Then within 30 seconds the Kafka topic "orders" contains exactly:
      | id | customer | amount | paid  |
      | 1  | Ann      | 10.5   | true  |
      | 2  | Bob      | 7      | false |
      | 3  | Cleo     | 99.99  |       |

  Scenario: Every change of a row is published, in order, and deletes are not rows
    Given the PostgreSQL table "orders" has rows:
      | id:int | status  |
      | 1      | created |
    When a pipeline "order-events" moves data from the PostgreSQL table "orders" to the Kafka topic "order-events"
    And these rows of the PostgreSQL table "orders" are updated:
      | id | status  |
      | 1  | shipped |
    And the row with id 1 is deleted from the PostgreSQL table "orders"
    Then within 30 seconds the Kafka topic "order-events" contains exactly:
      | id | status  |
      | 1  | created |
      | 1  | shipped |
    And within 10 seconds the Kafka topic "order-events" has 2 records

  Scenario: A table in its own schema is published
    Given the PostgreSQL table "sales.invoices" has rows:
      | id:int | issued:date | total:numeric | note |
      | 10     | 2024-02-29  | 120.00        |      |
      | 11     | 2024-03-01  | 0.5           | rush |
    When a pipeline "invoices-out" moves data from the PostgreSQL table "sales.invoices" to the Kafka topic "invoices"
    Then within 30 seconds the Kafka topic "invoices" contains exactly:
      | id | issued     | total | note |
      | 10 | 2024-02-29 | 120   |      |
      | 11 | 2024-03-01 | 0.50  | rush |
