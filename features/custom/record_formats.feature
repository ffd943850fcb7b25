@custom
Feature: Records in the formats teams use are read as rows

  Not every topic carries Connect's JSON with schema. Sluice reads each record by what it is:
  JSON with schema, JSON without schema (its fields), or plain text (one column "value"). A
  plain-text key is the column "key", and a record header "h" is the column "header:h". A
  record that is not text at all is reported with its partition, offset and first bytes.

  Scenario: Schemaless JSON with a plain key and a header, as the team's connector writes them
    The team's connector writes values without schema (value.converter.schemas.enable=false), the
    order id as a plain string key, and a header naming the origin. This fails if any of the
    three is not read: the row would miss its fields, its key or its header.
    Given the PostgreSQL table "orders" has rows:
      | id:int | item |
      | 1      | Lamp |
      | 2      | Desk |
    And a pipeline "orders-plain" defined by the connector configurations in "features/custom/orders-plain.json"
    When the pipeline "orders-plain" is started
    Then within 30 seconds the Kafka topic "orders-plain" contains exactly:
      | key | id | item | header:origin |
      | 1   | 1  | Lamp | shop          |
      | 2   | 2  | Desk | shop          |

  Scenario: Headers and keys written by a feature are read back
    Given the Kafka topic "tagged" has records:
      | key | id:int | header:source | header:trace |
      | a   | 1      | crm           | t-1          |
      | b   | 2      | shop          | t-2          |
    Then within 10 seconds the Kafka topic "tagged" contains exactly:
      | key | id | header:source | header:trace |
      | a   | 1  | crm           | t-1          |
      | b   | 2  | shop          | t-2          |

  Scenario: A record that is not text is reported with its partition, offset and first bytes
    The first bytes of a JPEG image: neither JSON, text nor Confluent's framing (which starts with
    a zero byte). This fails if the record is read as something, or if the error does not say
    where the record is and what it starts with.
    Given the Kafka topic "photos" has a record whose value is the bytes "ff d8 ff e0 00 10 4a 46 49 46"
    Then reading the Kafka topic "photos" fails with an error mentioning "partition 0, offset 0"
    And reading the Kafka topic "photos" fails with an error mentioning "first bytes: ff d8 ff e0 00 10 4a 46"
