@custom
Feature: A team's own connector configurations run as pipelines

  A data team keeps its connector configurations as JSON files in its repository, exactly as it
  sends them to Kafka Connect's REST API. Sluice runs them in the scenario's own world: every
  ${...} placeholder is replaced by an address as the engine sees it (${postgres.host}), by the
  scenario's own database (${postgres.database}) or by a name in the scenario's namespace
  (${topic:orders}, ${slot}, ${pipeline}), so the same files run in every environment and leave
  nothing behind. A directory is one pipeline: its *.json files are its connectors, created in
  file-name order.

  Scenario: The team's own transform chain archives customers, keeping deleted ones and dropping their SSNs
    The CRM's capture connector stamps each change with its origin, removes the SSN and drops
    deletes, so the archive keeps the last state of every customer ever seen. This fails if any
    transform of the team's chain is not applied: a deleted customer would vanish from the archive,
    the origin column would be missing, or an SSN would reach it. The changes wait until the archive
    holds the existing customers: a delete made before the capture's snapshot read the table would
    leave Bob unseen, and then no chain could keep him.
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
      | 2      | Bob  | 987-65-4321 |
    And a pipeline "archive" defined by the connector configurations in "features/custom/customer-archive"
    When the pipeline "archive" is started
    Then within 30 seconds the PostgreSQL table "customer_archive" contains exactly:
      | id | name | origin |
      | 1  | Ann  | crm    |
      | 2  | Bob  | crm    |
    When these rows are inserted into the PostgreSQL table "customers":
      | id | name | ssn         |
      | 3  | Cleo | 555-12-3456 |
    And these rows of the PostgreSQL table "customers" are updated:
      | id | name  |
      | 1  | Annie |
    And the row with id 2 is deleted from the PostgreSQL table "customers"
    Then within 30 seconds the PostgreSQL table "customer_archive" contains exactly:
      | id | name  | origin |
      | 1  | Annie | crm    |
      | 2  | Bob   | crm    |
      | 3  | Cleo  | crm    |
    And no record in the PostgreSQL table "customer_archive" contains "123-45-6789"
    And no record in the PostgreSQL table "customer_archive" contains "555-12-3456"

  Scenario: Two connectors with the team's converter setting publish a price list with readable decimals
    The capture connector writes decimals as plain JSON numbers (value.converter.decimal.format =
    NUMERIC) so that consumers outside Kafka Connect can read prices; Connect's default would write
    them base64-encoded (5.00, stored as 5.000000, as "TEtA"). This fails if the connector's own converter setting is
    lost on the way to the engine, or if the second connector does not apply updates and deletes.
    Given the PostgreSQL table "prices" has rows:
      | id:int | item  | price:numeric      |
      | 1      | Lamp  | 5.00                |
      | 2      | Desk  | 120.50              |
    And a pipeline "price-list" defined by the connector configurations in "features/custom/price-list"
    When the pipeline "price-list" is started
    And these rows of the PostgreSQL table "prices" are updated:
      | id | price  |
      | 2  | 99.90  |
    And the row with id 1 is deleted from the PostgreSQL table "prices"
    Then within 30 seconds the PostgreSQL table "price_list" contains exactly:
      | id | item | price |
      | 2  | Desk | 99.90 |
    And no record in the Kafka topic "prices" contains "TEtA"
    And the pipeline "price-list" is running

  Scenario: A processor sentence joins the team's own connector
    Processors of the phrasebook are appended to the first connector's transform chain, after the
    team's own transforms. This fails if the mask is not applied to the team's connector.
    Given the PostgreSQL table "patients" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 123-45-6789 |
    And a pipeline "patients" defined by the connector configurations in "features/custom/ssn-feed.json"
    And the pipeline "patients" masks the field "ssn"
    When the pipeline "patients" is started
    Then within 30 seconds the Kafka topic "patients" contains exactly:
      | id | name | ssn  |
      | 1  | Ann  | **** |
    And no record in the Kafka topic "patients" contains "123-45-6789"

  Scenario: An unknown placeholder is refused before anything is created, listing the known ones
    Given a pipeline "typo" defined by the connector configurations in "features/custom/broken/unknown-placeholder.json"
    When the pipeline "typo" is started
    Then the pipeline "typo" fails with an error mentioning "Unknown placeholder ${postgres.hostname} in features/custom/broken/unknown-placeholder.json"
    And the pipeline "typo" fails with an error mentioning "Known: ${bucket:<name>}, ${file:<name>}, ${kafka.bootstrap}"
    And the pipeline "typo" fails with an error mentioning "${postgres.host}, ${postgres.jdbc-url}"

  Scenario: A connector file that is not valid JSON is refused with its line and column
    Given a pipeline "broken" defined by the connector configurations in "features/custom/broken/missing-comma.json"
    When the pipeline "broken" is started
    Then the pipeline "broken" fails with an error mentioning "features/custom/broken/missing-comma.json is not valid JSON at line 4, column 3"
