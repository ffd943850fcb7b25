@registry
Feature: A schema registry beside the engine

  Teams that carry Avro through Kafka keep their schemas in a schema registry, and their
  converters find it by URL. Sluice starts one (Apicurio Registry, in memory, with its own API and
  the Confluent-compatible one) when a scenario first needs it: a child process locally, a
  container in docker, or the one the settings name (sluice.registry.url) externally. Schemas are
  registered under the subjects of the scenario's own topics, so scenarios running at once never
  see each other's, and they are removed after the scenario.

  Scenario: The registry keeps each version of a topic's value schema
    Two versions of an order's schema are registered through the Confluent-compatible API and read
    back. This fails if no registry runs, if it does not keep a version, or if the subject is not
    the one Confluent's serializers use (<topic>-value).
    When this Avro schema is registered for the values of the Kafka topic "orders":
      """
      {"type": "record", "name": "Order", "fields": [
        {"name": "id", "type": "long"},
        {"name": "customer", "type": "string"}]}
      """
    And this Avro schema is registered for the values of the Kafka topic "orders":
      """
      {"type": "record", "name": "Order", "fields": [
        {"name": "id", "type": "long"},
        {"name": "customer", "type": "string"},
        {"name": "note", "type": ["null", "string"], "default": null}]}
      """
    Then the schema registry holds 2 versions of the value schema of the Kafka topic "orders"
    And the latest value schema of the Kafka topic "orders" has the fields "id, customer, note"

  @every-environment
  Scenario: A team's connector file that names the registry is accepted and runs
    The team's capture connector tells its converter where the registry is, as the engine reaches
    it (${registry.apicurio-url}, ${registry.confluent-url}), and stamps each record with the
    registry's root (${registry.url}). This fails if the registry's placeholders are unknown, if
    one reaches the engine unreplaced, or if the engine's validation refuses the configuration.
    Given the PostgreSQL table "orders" has rows:
      | id:int | customer |
      | 1      | Ann      |
      | 2      | Bob      |
    And a pipeline "orders-feed" defined by the connector configurations in "features/registry/registry-aware"
    When the pipeline "orders-feed" is started
    Then within 30 seconds the Kafka topic "orders" contains exactly:
      | id | customer |
      | 1  | Ann      |
      | 2  | Bob      |
    And no record in the Kafka topic "orders" contains "${registry"
    And the pipeline "orders-feed" is running
