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
