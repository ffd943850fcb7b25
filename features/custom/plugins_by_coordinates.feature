@custom
Feature: A connector plugin Sluice does not know by name, added by its Maven coordinates

  Kafka's own file connectors left the worker's class path in Kafka 3.2. The setting
  sluice.stage-libraries names them by coordinates (org.apache.kafka:connect-file:<core version>,
  in cucumber.properties), so the engine is composed with them like with any named stage library:
  a plugin directory in the local environment, a stage-library image built on the fly in docker.

  Scenario: Kafka's file connector reads a file shipped with the feature into a topic
    The file lives beside this feature; ${file:...} hands it to the engine (the same path locally, a
    copy inside the worker containers in docker). This fails if the plugin is missing from the
    engine, or if a line of the file is lost, changed or read twice.
    Given a pipeline "order-lines" defined by the connector configurations in "features/custom/orders-file.json"
    When the pipeline "order-lines" is started
    Then the engine offers the connector plugin "org.apache.kafka.connect.file.FileStreamSourceConnector"
    And within 30 seconds the Kafka topic "order-lines" contains exactly:
      | value                              |
      | order 1001: 2 lamps                |
      | order 1002: 1 desk, 4 chairs       |
      | order 1003: 1 stool — ünïcode ✓    |
