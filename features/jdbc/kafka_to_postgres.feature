@jdbc @kafka
Feature: Records of a Kafka topic are written into a PostgreSQL table

  The billing team keeps a queryable copy of the payments that other services publish to Kafka.
  Every record of the topic becomes a row of the table; a record with the id of an existing row
  replaces that row, so the table always holds the latest state of each payment.

  @smoke
  Scenario: Records become rows
    Given the Kafka topic "payments" has records:
      | key | id:int | payer | amount:numeric | booked:timestamp    | refunded:boolean |
      | p1  | 1      | Ann   | 12.30          | 2024-05-01 09:30:00 | false            |
      | p2  | 2      | Bob   | 99             | 2024-05-02 17:45:10 |                  |
    When a pipeline "payments-in" moves data from the Kafka topic "payments" to the PostgreSQL table "payments"
    Then the pipeline "payments-in" is running
    And within 30 seconds the PostgreSQL table "payments" contains exactly:
      | id | payer | amount | booked              | refunded |
      | 1  | Ann   | 12.3   | 2024-05-01 09:30:00 | false    |
      | 2  | Bob   | 99     | 2024-05-02 17:45:10 |          |

  Scenario: A record with a known id replaces the row
    Given the Kafka topic "accounts" has records:
      | id:int | owner | balance:numeric |
      | 1      | Ann   | 10              |
      | 2      | Bob   | 20              |
      | 1      | Ann   | 15              |
    When a pipeline "accounts-in" moves data from the Kafka topic "accounts" to the PostgreSQL table "ledger.accounts"
    Then within 30 seconds the PostgreSQL table "ledger.accounts" contains exactly:
      | id | owner | balance |
      | 1  | Ann   | 15      |
      | 2  | Bob   | 20      |
    And within 5 seconds the PostgreSQL table "ledger.accounts" has 2 records
