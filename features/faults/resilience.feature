@faults @cdc
Feature: Pipelines survive the death of the engine

  Machines die. When the pipeline engine or one of its workers is killed without warning, the
  pipeline must carry on by itself once it is back, and no row may be lost. These scenarios kill
  real workers, so they run only where Sluice owns the engine (local and docker environments) and
  are skipped elsewhere. Each runs on a pipeline engine of its own (its own workers and storage
  topics), so it runs beside other scenarios, and an engine it leaves sick goes with it. The death
  of a service every pipeline shares (the broker, a database) is in shared_services.feature.

  What makes them fail: the kill comes after the first rows of a transfer of 20 000 rows (or more) have
  arrived and before the last (the step itself fails if the transfer already finished, since
  the kill would then test nothing); every key of the origin is then looked up in the
  destination. A key that never arrives fails the scenario. Into a topic, which keeps every
  record, each key delivered twice is counted and reported: Kafka Connect's source connectors
  deliver at least once, so after a hard kill some rows are expected twice, and the report says
  how many.

  @kafka
  Scenario: The engine is killed while a snapshot streams into a topic; every row arrives at least once
    100 000 rows, not 20 000: starting the pipeline waits for the source's first committed offset,
    and in 1 of CI's runs all 20 000 rows had reached the topic by then (the kill step failed, saying
    it would come too late), so the snapshot must outlast the start.
    Given the PostgreSQL table "ledger" has 100000 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    When the pipeline engine is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" at least once
    And the pipeline "ledger-out" is running

  @known-limit @kafka @exactly-once
  Scenario: Exactly once: the engine is killed while a snapshot streams into a topic; read committed, every row is there once
    The source requires Kafka Connect's exactly-once support (KIP-618): records and source offsets
    are committed in one transaction, and the topic is read as a read_committed consumer reads it.
    A single duplicate, or a lost row, fails the scenario.
    Excluded from the default run (@known-limit) because it fails on a limit of the system under
    test, not of Sluice: Debezium's PostgreSQL connector starts an interrupted initial snapshot again
    from the start (its documentation says so), so every row committed before the kill is committed
    again (4 891 duplicates of 20 000 with Debezium 3.3.1). Exactly once holds past the snapshot (the
    burst scenario below). Run it with -Dcucumber.filter.tags=@known-limit.
    Given the PostgreSQL table "ledger" has 20000 generated rows
    And a pipeline "ledger-once" from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    And the pipeline "ledger-once" delivers exactly once
    When the pipeline "ledger-once" is started
    And the pipeline engine is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And the pipeline "ledger-once" is running

  @kafka
  Scenario: The engine is killed while a burst of changes streams into a topic; every row arrives at least once
    Past the snapshot, changes are read from PostgreSQL's write-ahead log. 20 000 rows inserted in
    one transaction stream through the pipeline when the engine is killed. This fails if a change
    is lost across the restart; the duplicates seen are reported.
    Given the PostgreSQL table "ledger" has 1 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 30 seconds the Kafka topic "ledger" has 1 records
    When 20000 more generated rows are inserted into the PostgreSQL table "ledger"
    And the pipeline engine is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" at least once
    And the pipeline "ledger-out" is running

  @kafka @exactly-once
  Scenario: Exactly once: the engine is killed while a burst of changes streams into a topic; read committed, every row is there once
    As above, but the source requires exactly-once support and the topic is read committed-only:
    a single duplicate or a lost row fails it.
    Given the PostgreSQL table "ledger" has 1 generated rows
    And a pipeline "ledger-once" from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    And the pipeline "ledger-once" delivers exactly once
    When the pipeline "ledger-once" is started
    Then within 30 seconds the Kafka topic "ledger" has 1 records
    When 20000 more generated rows are inserted into the PostgreSQL table "ledger"
    And the pipeline engine is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And the pipeline "ledger-once" is running

  @kafka @every-environment
  Scenario: One worker of a two-worker engine is killed while rows flow; the other takes over and every row arrives
    The engine is a group of two Kafka Connect workers. The worker that runs the pipeline's source
    task is killed (SIGKILL) and stays dead: the group must notice, give the task to the survivor,
    and the survivor must resume from the last committed offset. This fails if a row is lost or if
    the task never runs again. 100 000 rows, not 20 000: with a second worker just joined, starting
    the pipeline took as long as a 20 000-row snapshot in 1 of CI's runs (the kill step then failed,
    saying it would come too late), so the transfer must outlast the start.
    Given the pipeline engine runs 2 workers
    And the PostgreSQL table "ledger" has 100000 generated rows
    And a pipeline "ledger-out" from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    When the pipeline "ledger-out" is started
    And the worker running the pipeline "ledger-out" is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" at least once
    And the pipeline "ledger-out" is running

  @jdbc @every-environment
  Scenario: The engine is killed while rows flow into a table copy; no row is lost and the copy is exact
    The copy upserts by key, so a row delivered twice cannot show there; what this scenario
    catches is loss, and a copy that differs from the origin in any row.
    Given the PostgreSQL table "ledger" has 20000 generated rows
    And a pipeline "ledger-copy" moves data from the PostgreSQL table "ledger" to the PostgreSQL table "ledger_copy"
    When the pipeline engine is killed while rows are flowing
    Then every row of the PostgreSQL table "ledger" arrived in the PostgreSQL table "ledger_copy" at least once
    And within 60 seconds the PostgreSQL table "ledger_copy" has 20000 records
    And the pipeline "ledger-copy" is running

  @kafka
  Scenario: An engine that can no longer start sources is found after a fault and replaced
    After every scenario that kills a shared service (shared_services.feature) a canary (a source
    connector of the core) must run on the run's engine and commit its first offset within 30
    seconds; if it cannot, the engine is replaced by new workers in a new group with new storage
    topics, and the next scenario's report says so. Here the check runs on the scenario's own engine,
    made sick on purpose: a transaction is left open in its offsets topic, which every source must
    read before it starts. This fails if the check does not find the sick engine, or if the new
    engine cannot move a row: the old one could not for 15 minutes.
    Given a transaction is left open on the pipeline engine's offsets topic
    When the pipeline engine's health is checked
    Then the pipeline engine was found unable to start a source and was replaced
    Given the PostgreSQL table "orders" has rows:
      | id:int | status  |
      | 1      | created |
    And a pipeline "orders-copy" moves data from the PostgreSQL table "orders" to the Kafka topic "orders"
    Then within 30 seconds the Kafka topic "orders" contains exactly:
      | id | status  |
      | 1  | created |
