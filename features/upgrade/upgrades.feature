@upgrade @cdc
Feature: Pipelines survive upgrades of the engine and of its stage libraries

  A team upgrades Kafka Connect, then its connectors, under pipelines that must not stop for good,
  lose a row or deliver one twice. In these scenarios the engine's workers are replaced by workers of
  another version, in the same group with the same config, offset and status topics, while the
  pipelines keep their state there. The broker stays at the run's core. The run's own versions come
  back after each scenario. They replace the shared engine, so they run only where Sluice owns it
  (local and docker environments; in docker, images of other versions are built when missing) and
  are skipped elsewhere.

  What makes them fail: rows are inserted on both sides of each change, and every key of the origin
  is looked up in the topic. A row the upgraded engine did not read again (lost offsets) fails the
  scenario; so does a row delivered twice, which is what a new snapshot after the change (offsets
  not found, or not understood by the new version) would do to every row of the first batch. The
  warehouse copy is compared with the origin row by row, updates and deletes included.

  Run as the StreamSets Test Framework runs its upgrade tests,
  mvn test -Dcucumber.filter.tags=@upgrade '-Dsluice.kafka.version=3.7.2>4.3.1'
  builds each scenario's pipelines on the first core and its stage libraries, and upgrades to the
  second with its own; scenarios whose versions are the point (@fixed-versions) are then skipped.

  @every-environment
  Scenario: A change-data pipeline keeps flowing across a core upgrade; nothing is lost or duplicated
    Given the pipeline engine runs core version "3.9.1"
    And the PostgreSQL table "ledger" has 500 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 500 records
    When a pipeline "ledger-in" moves data from the Kafka topic "ledger" to the PostgreSQL table "warehouse.ledger"
    And within 60 seconds the PostgreSQL table "warehouse.ledger" matches the PostgreSQL table "ledger"
    And the pipeline engine is upgraded to core version "4.1.1"
    And 500 more generated rows are inserted into the PostgreSQL table "ledger"
    And the row with id 7 is deleted from the PostgreSQL table "ledger"
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And within 60 seconds the PostgreSQL table "warehouse.ledger" matches the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is running
    And the pipeline "ledger-in" is running

  Scenario: An upgraded Debezium source resumes from its stored offset without a new snapshot
    The engine is upgraded first, its connectors after, as teams do: the core goes from 4.0 to 4.1
    under Debezium 3.2, then the PostgreSQL source alone goes to Debezium 3.3.
    Given the pipeline engine runs core version "4.0.2"
    And the PostgreSQL table "ledger" has 300 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 300 records
    When the pipeline engine is upgraded to core version "4.1.1"
    And 300 more generated rows are inserted into the PostgreSQL table "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 600 records
    When the stage library "debezium-postgres" is upgraded to version "3.3.1.Final"
    And 300 more generated rows are inserted into the PostgreSQL table "ledger"
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And the pipeline "ledger-out" is running

  @fixed-versions
  Scenario: A downgrade below what the running connectors were built for is refused, and the pipeline keeps running
    Debezium 3.4 was built for Kafka 4.1: a 3.7 core may lack what it calls. The change is refused
    before any worker stops, naming both versions, and the engine carries on as it was.
    Given the PostgreSQL table "ledger" has 100 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 100 records
    When the pipeline engine is upgraded to core version "3.7.2"
    Then the engine change is refused with an error mentioning "was built against Kafka 4.1.1, newer than the core 3.7.2"
    When 100 more generated rows are inserted into the PostgreSQL table "ledger"
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And the pipeline "ledger-out" is running

  @fixed-versions
  Scenario: A core upgrade under a connector built for an older major version fails with the engine's own error
    Debezium's JDBC sink 2.7 was built for Kafka 3.7 and calls a method of Connect's runtime that
    Kafka 4.1 no longer has. The consistency check only warns about a library built for an older
    major version (most of them run, as the MariaDB source built for 3.9 does on 4.1); the engine
    itself reports this one when the first records reach the sink after the upgrade.
    Given the pipeline engine runs core version "3.7.2"
    And the PostgreSQL table "ledger" has 100 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 100 records
    When a pipeline "ledger-in" moves data from the Kafka topic "ledger" to the PostgreSQL table "warehouse.ledger"
    And within 60 seconds the PostgreSQL table "warehouse.ledger" matches the PostgreSQL table "ledger"
    And the pipeline engine is upgraded to core version "4.1.1"
    And 100 more generated rows are inserted into the PostgreSQL table "ledger"
    Then the pipeline "ledger-in" fails with an error mentioning "NoSuchMethodError"
    And every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once

  Scenario: Kafka and its connectors are upgraded together from 4.2 to 4.4; nothing is lost or duplicated
    Kafka 4.4 moved classes that Debezium 3.4's source calls, and Debezium 3.7, whose source runs
    on 4.4, was built for Kafka 4.3 and is refused on a 4.2 core: neither can go first, so the core
    and its stage libraries change in one step, to the version matrix's row for 4.4 (the PostgreSQL
    source from 3.4 to 3.7, the JDBC sink at 3.4). This fails if the new source does not take up
    the old one's offset (a new snapshot delivers the first batch twice), if a row is lost, or if
    the warehouse copy differs from the origin after the delete.
    Given the pipeline engine runs core version "4.2.1"
    And the PostgreSQL table "ledger" has 300 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 300 records
    When a pipeline "ledger-in" moves data from the Kafka topic "ledger" to the PostgreSQL table "warehouse.ledger"
    And within 60 seconds the PostgreSQL table "warehouse.ledger" matches the PostgreSQL table "ledger"
    And the pipeline engine is upgraded to core version "4.4.0" with the stage libraries built for it
    And 300 more generated rows are inserted into the PostgreSQL table "ledger"
    And the row with id 7 is deleted from the PostgreSQL table "ledger"
    Then every row of the PostgreSQL table "ledger" arrived in the Kafka topic "ledger" exactly once
    And within 60 seconds the PostgreSQL table "warehouse.ledger" matches the PostgreSQL table "ledger"
    And the pipeline "ledger-out" is running
    And the pipeline "ledger-in" is running

  @fixed-versions
  Scenario: Kafka upgraded to 4.4 under Debezium 3.4 fails the source, naming the class it misses
    Kafka 4.4 moved org.apache.kafka.common.utils.Sanitizer to an internals package, and Debezium
    3.4's source tasks call it (the version matrix runs 3.4 on 4.2, 3.7 from 4.3 on). A core
    upgrade keeps the stage libraries, and the consistency check lets it go ahead (Debezium 3.4
    was built for Kafka 4.1, an older line of the same major version); the source then fails with the engine's NoClassDefFoundError, which Sluice reads as
    version skew. This fails if the upgrade is refused, if the source runs (then the skew is gone),
    if the error does not name the class, or if a record from before the upgrade is lost.
    Given the pipeline engine runs core version "4.2.0"
    And the PostgreSQL table "ledger" has 100 generated rows
    And a pipeline "ledger-out" moves data from the PostgreSQL table "ledger" to the Kafka topic "ledger"
    Then within 60 seconds the Kafka topic "ledger" has 100 records
    When the pipeline engine is upgraded to core version "4.4.0"
    Then the pipeline "ledger-out" fails with an error mentioning "org.apache.kafka.common.utils.Sanitizer"
    And the pipeline "ledger-out" fails with an error mentioning "built against another Kafka release"
    And within 5 seconds the Kafka topic "ledger" has 100 records
