@benchmark
Feature: How fast the engine and Sluice are

  Speed is a feature: these scenarios measure how long the environment takes to start, how long
  one row takes from origin to destination, how many rows per second a pipeline moves, and how much
  time Sluice itself adds to each scenario. They record figures in target/benchmarks/ and assert
  nothing about them, only that the data arrived. Run them with -Dcucumber.filter.tags=@benchmark.
  Beside the PostgreSQL copy's throughput, the broker's own rate with the same records (read by a
  plain consumer, written again by a plain producer) is its ceiling.
  The throughput scenarios move sluice.benchmark.rows rows (100 000 unless set); CI runs them with
  a small number (-Dsluice.benchmark.rows=2000) so that the benchmark cannot rot.

  Scenario: Environment start, beside a hand-written script that starts the same services
    Then the benchmark records how long the environment took to start
    And the benchmark times the hand-written script "ci/raw-environment.sh" starting the same services 3 times

  Scenario: End-to-end latency of one row, PostgreSQL to PostgreSQL
    Given the PostgreSQL table "pings" has rows:
      | id:int | note  |
      | 1      | first |
    When a pipeline "ping" moves data from the PostgreSQL table "pings" to the PostgreSQL table "pongs"
    And within 30 seconds the PostgreSQL table "pongs" has 1 records
    And the benchmark measures the latency of 20 single rows from the PostgreSQL table "pings" to the PostgreSQL table "pongs"
    Then within 10 seconds the PostgreSQL table "pongs" has 21 records

  Scenario: Throughput, PostgreSQL to Kafka to PostgreSQL
    Given the PostgreSQL table "bulk" has the benchmark's number of generated rows
    And a pipeline "bulk-copy" from the PostgreSQL table "bulk" to the PostgreSQL table "bulk_copy"
    When the benchmark measures the throughput of the pipeline "bulk-copy" until the PostgreSQL table "bulk_copy" has the benchmark's number of records
    Then within 10 seconds the PostgreSQL table "bulk_copy" has the benchmark's number of records
    And the benchmark measures the raw Kafka rate with the records of the pipeline "bulk-copy"

  @registry
  Scenario: Throughput, PostgreSQL to Kafka to PostgreSQL, the topic in Avro through the schema registry
    The same copy as above with its topic in Avro: throughput and bytes per record beside JSON with
    schema (throughput-bulk-copy and throughput-bulk-copy-avro in target/benchmarks/). The registry
    is asked first, so that its start on first use is not timed as the pipeline's.
    Given the schema registry holds 0 versions of the value schema of the Kafka topic "bulk"
    And the PostgreSQL table "bulk" has the benchmark's number of generated rows
    And a pipeline "bulk-copy-avro" from the PostgreSQL table "bulk" to the PostgreSQL table "bulk_copy"
    And the pipeline "bulk-copy-avro" writes Avro
    When the benchmark measures the throughput of the pipeline "bulk-copy-avro" until the PostgreSQL table "bulk_copy" has the benchmark's number of records
    Then within 10 seconds the PostgreSQL table "bulk_copy" has the benchmark's number of records
    And the benchmark measures the raw Kafka rate with the records of the pipeline "bulk-copy-avro"

  Scenario: Throughput, PostgreSQL to a data lake on S3
    Given the PostgreSQL table "bulk" has the benchmark's number of generated rows
    And a pipeline "bulk-lake" from the PostgreSQL table "bulk" to the S3 bucket "bulk-lake"
    When the benchmark measures the throughput of the pipeline "bulk-lake" until the S3 bucket "bulk-lake" has the benchmark's number of records
    Then within 10 seconds the S3 bucket "bulk-lake" has the benchmark's number of records

  Scenario: Framework overhead per scenario
    Then the benchmark records the framework overhead per scenario
