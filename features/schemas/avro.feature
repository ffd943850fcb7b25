@registry @avro
Feature: Avro through the schema registry

  Most Kafka Connect pipelines carry Avro: each record is a zero byte, the id of its schema in a
  schema registry, and the Avro body (Confluent's wire format). A pipeline that writes Avro gets
  Apicurio's converter against the run's registry on every connector, so its source registers the
  key and value schemas under <topic>-key and <topic>-value and its sink reads them back. Every
  topic check reads such records by looking the id up in the registry, whoever wrote them.

  Scenario: Rows of a PostgreSQL table arrive in a Kafka topic as Avro, awkward values included
    This fails if the records are not Avro of the registry (no value schema would be registered),
    if a record cannot be read back through its schema id, or if a type is lost on the way: the
    64-bit number, the decimal, the NULL (an empty cell), the unicode text and the SQL-keyword column must all
    come back as they were.
    Given the PostgreSQL table "orders" has rows:
      | id:bigint           | Select:text | price:numeric | note:text |
      | 1                   | Zoë         | 12.50         |           |
      | 9007199254740993    | Bob         | 0.10          | ✓ paid    |
    And a pipeline "orders-avro" from the PostgreSQL table "orders" to the Kafka topic "orders"
    And the pipeline "orders-avro" writes Avro
    When the pipeline "orders-avro" is started
    Then within 30 seconds the Kafka topic "orders" contains exactly:
      | id               | Select | price | note   |
      | 1                | Zoë    | 12.50 |        |
      | 9007199254740993 | Bob    | 0.10  | ✓ paid |
    And the schema registry holds 1 version of the value schema of the Kafka topic "orders"

  @jdbc @masking @every-environment
  Scenario: A PostgreSQL table reaches another through an Avro topic, updates, deletes and a masked SSN included
    One pipeline writes the shop's changes into a topic as Avro, a second reads that Avro back
    into the warehouse. This fails if the second cannot read what the first registered (the copy
    stays empty), if an update or a delete is lost on the way (the copy differs), or if the plain
    SSN reaches the topic's records.
    Given the PostgreSQL table "patients" has rows:
      | id:int | Name | ssn         | visits:bigint |
      | 1      | Ann  | 123-45-6789 | 3             |
      | 2      | Bob  | 987-65-4321 |               |
    And a pipeline "patients-out" from the PostgreSQL table "patients" to the Kafka topic "patients"
    And the pipeline "patients-out" masks the field "ssn"
    And the pipeline "patients-out" writes Avro
    And a pipeline "patients-in" from the Kafka topic "patients" to the PostgreSQL table "warehouse.patients"
    And the pipeline "patients-in" writes Avro
    When the pipeline "patients-out" is started
    Then within 30 seconds the Kafka topic "patients" has 2 records
    When the pipeline "patients-in" is started
    Then within 30 seconds the PostgreSQL table "warehouse.patients" contains exactly:
      | id | Name | ssn  | visits |
      | 1  | Ann  | **** | 3      |
      | 2  | Bob  | **** |        |
    When these rows are inserted into the PostgreSQL table "patients":
      | id | Name | ssn         | visits              |
      | 3  | Cleo | 555-12-3456 | 9223372036854775807 |
    And these rows of the PostgreSQL table "patients" are updated:
      | id | Name  |
      | 1  | Anna  |
    And the row with id 2 is deleted from the PostgreSQL table "patients"
    Then within 30 seconds the PostgreSQL table "warehouse.patients" contains exactly:
      | id | Name | ssn  | visits              |
      | 1  | Anna | **** | 3                   |
      | 3  | Cleo | **** | 9223372036854775807 |
    And no record in the Kafka topic "patients" contains "123-45-6789"
    And no record in the Kafka topic "patients" contains "555-12-3456"
    And the schema registry holds 1 version of the value schema of the Kafka topic "patients"

  @s3 @cdc
  Scenario: Changes land in the lake through an Avro topic
    The lake's sink reads the Avro its source registered. This fails if the sink cannot read it
    (the lake stays empty) or if a value changes type on the way (the date, the NULL).
    Given the PostgreSQL table "members" has rows:
      | id:int | name | since:date | note |
      | 1      | Ann  | 2020-01-15 |      |
      | 2      | Bob  | 2021-06-30 | ünï  |
    And a pipeline "members-lake" from the PostgreSQL table "members" to the S3 bucket "members-lake"
    And the pipeline "members-lake" writes Avro
    When the pipeline "members-lake" is started
    Then within 60 seconds the S3 bucket "members-lake" contains exactly:
      | id | name | since      | note |
      | 1  | Ann  | 2020-01-15 |      |
      | 2  | Bob  | 2021-06-30 | ünï  |

  @mariadb
  Scenario: Changes of a MariaDB table reach a Kafka topic as Avro, deletes as tombstones
    A topic keeps every record, so the latest record per key must be the row's current state: a
    lost update shows the old quantity, a lost delete leaves the key in the topic. This fails too
    if the records are not in the registry's Avro (no value schema registered).
    Given the MariaDB table "stock" has rows:
      | warehouse:text:key | sku:text:key | qty:int | note  |
      | oslo               | A-1          | 5       | first |
      | bergen             | A-1          | 9       | ünï   |
    And a pipeline "stock-events" from the MariaDB table "stock" to the Kafka topic "stock_events"
    And the pipeline "stock-events" writes Avro
    When the pipeline "stock-events" is started
    Then within 60 seconds the Kafka topic "stock_events" has 2 records
    When these rows of the MariaDB table "stock" are updated:
      | warehouse | sku | qty |
      | oslo      | A-1 | 4   |
    And these rows are deleted from the MariaDB table "stock":
      | warehouse | sku |
      | bergen    | A-1 |
    Then within 60 seconds the Kafka topic "stock_events" matches the MariaDB table "stock"
    And the schema registry holds 1 version of the value schema of the Kafka topic "stock_events"

  Scenario: A team's connector file that writes Avro through the registry is read by every check
    The team's own capture connector names Apicurio's Avro converter and the registry
    (${registry.apicurio-url}); Sluice did not configure it. This fails if the placeholder is not
    replaced, if the converter is missing from the engine, or if the topic check cannot read
    records that another writer framed with a schema id.
    Given the PostgreSQL table "invoices" has rows:
      | id:int | customer | total:numeric |
      | 1      | Ann      | 10.00         |
      | 2      | Bob      |               |
    And a pipeline "invoices-feed" defined by the connector configurations in "features/schemas/avro-capture"
    When the pipeline "invoices-feed" is started
    Then within 30 seconds the Kafka topic "invoices" contains exactly:
      | id | customer | total |
      | 1  | Ann      | 10.00 |
      | 2  | Bob      |       |
    And the schema registry holds 1 version of the value schema of the Kafka topic "invoices"

  @jdbc
  Scenario: Avro records written by the scenario reach a PostgreSQL table with their types
    The records are Avro of the registry, their value schema following the header's types and
    their keys Avro strings; the sink's Avro converter reads them back. This fails if a decimal, a
    timestamp, a 64-bit number, a NULL or unicode changes on the way, or if a key or a value is
    not read as Avro (the sink fails).
    Given the Kafka topic "payments" has records in Avro:
      | key | id:int | amount:numeric | at:timestamp        | big:bigint          | note |
      | 1   | 1      | 12.50          | 2024-01-02 03:04:05 | 9223372036854775807 | Zoë  |
      | 2   | 2      | -0.000001      | 2024-02-29 23:59:59 | -1                  |      |
    And a pipeline "payments-in" from the Kafka topic "payments" to the PostgreSQL table "payments"
    And the pipeline "payments-in" writes Avro
    When the pipeline "payments-in" is started
    Then within 30 seconds the PostgreSQL table "payments" contains exactly:
      | id | amount    | at                  | big                 | note |
      | 1  | 12.50     | 2024-01-02 03:04:05 | 9223372036854775807 | Zoë  |
      | 2  | -0.000001 | 2024-02-29 23:59:59 | -1                  |      |
    And the schema registry holds 1 version of the value schema of the Kafka topic "payments"

  @s3
  Scenario: Avro records written by the scenario land in the lake
    This fails if the lake's sink cannot read the registry's Avro (the lake stays empty) or a
    value changes type on the way.
    Given the Kafka topic "clicks" has records in Avro:
      | id:int | page  | at:timestamp        |
      | 1      | /home | 2024-05-01 09:30:00 |
      | 2      | /cart | 2024-05-01 09:31:10 |
    And a pipeline "clicks-lake" from the Kafka topic "clicks" to the S3 bucket "clickstream"
    And the pipeline "clicks-lake" writes Avro
    When the pipeline "clicks-lake" is started
    Then within 60 seconds the S3 bucket "clickstream" contains exactly:
      | id | page  | at                  |
      | 1  | /home | 2024-05-01 09:30:00 |
      | 2  | /cart | 2024-05-01 09:31:10 |

  @errors
  Scenario: A registry that does not answer fails an Avro pipeline with the converter's error
    The converter must reach the registry to register the first schema; Apicurio's client reports
    the refused connection as a RestClientException in the task's trace. This fails if the
    pipeline reports running, waits for a position that never comes, or hides the converter's error.
    Given the PostgreSQL table "orders" has rows:
      | id:int |
      | 1      |
    And the pipelines of this scenario reach the schema registry at an address where no server answers
    And a pipeline "orders-avro" from the PostgreSQL table "orders" to the Kafka topic "orders"
    And the pipeline "orders-avro" writes Avro
    When the pipeline "orders-avro" is started
    Then the pipeline "orders-avro" fails with an error mentioning "RestClientException"

  @errors
  Scenario: A record format Sluice does not offer is refused before anything is created
    Protobuf and JSON Schema writers are not offered yet (see the reference's record formats).
    This fails if the pipeline is created anyway or the refusal does not list the known formats.
    Given the PostgreSQL table "orders" has rows:
      | id:int |
      | 1      |
    And a pipeline "orders-proto" from the PostgreSQL table "orders" to the Kafka topic "orders"
    And the pipeline "orders-proto" writes Protobuf
    When the pipeline "orders-proto" is started
    Then the pipeline "orders-proto" fails with an error mentioning "Unknown record format 'Protobuf': expected one of JSON, Avro"

  @errors
  Scenario: A record whose schema id the registry does not know fails the topic's checks, saying where it is and the id
    The bytes are Confluent's framing: a zero byte, the schema id 999999 (0x000f423f, which no
    subject of this registry has), then an Avro body. A record written against another registry
    looks like this. This fails if the record is read as something (text, an empty row) or if the
    error does not say which record and which id.
    Given the Kafka topic "stray" has a record whose value is the bytes "00 00 0f 42 3f 02 41"
    Then reading the Kafka topic "stray" fails with an error mentioning "names schema id 999999"
    And reading the Kafka topic "stray" fails with an error mentioning "partition 0, offset 0"
