@faults @cdc @jdbc
Feature: Pipelines survive the death of the engine and of the database

  Machines die. When the pipeline engine is killed without warning, or the source database
  restarts, the pipeline must carry on by itself once they are back: no row may be lost, and no
  row may arrive twice. These scenarios kill and restart real services, so they run only where
  Sluice owns the services (local and docker environments) and are skipped elsewhere.

  Scenario: The engine is killed mid-stream and restarted; nothing is lost or duplicated
    Given the PostgreSQL table "ledger" has 500 generated rows
    And a pipeline "ledger-copy" moves data from the PostgreSQL table "ledger" to the PostgreSQL table "ledger_copy"
    Then within 60 seconds the PostgreSQL table "ledger_copy" has 500 records
    When the pipeline engine is killed and restarted
    And these rows are inserted into the PostgreSQL table "ledger":
      | id   | name             |
      | 1001 | After the crash  |
    Then within 90 seconds the PostgreSQL table "ledger_copy" has 501 records
    And the pipeline "ledger-copy" is running

  Scenario: PostgreSQL restarts under a running pipeline; changes made afterwards still arrive once
    Given the PostgreSQL table "orders" has rows:
      | id:int | status  |
      | 1      | created |
    And a pipeline "orders-copy" moves data from the PostgreSQL table "orders" to the Kafka topic "orders"
    Then within 30 seconds the Kafka topic "orders" has 1 records
    When PostgreSQL is restarted
    And these rows are inserted into the PostgreSQL table "orders":
      | id | status  |
      | 2  | created |
    Then within 90 seconds the Kafka topic "orders" contains exactly:
      | id | status  |
      | 1  | created |
      | 2  | created |
