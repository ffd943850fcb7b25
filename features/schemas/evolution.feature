@registry @schemas
Feature: Schemas that change while pipelines run

  Tables change under running pipelines: a column is added, dropped, renamed, a type widened.
  Each destination has its documented answer. The JDBC sink (schema.evolution=basic) adds a new
  column to its table but never drops, renames or retypes one; the lake's sink
  (iceberg.tables.evolve-schema-enabled) adds columns and widens int to long; a topic carries
  each record's own schema, registered as a new version when it writes Avro. These scenarios pin
  those answers: each fails if a destination loses a row, a value or a column, or behaves
  otherwise than stated.

  Scenario Outline: A column added mid-stream reaches the <destination> in <format>, NULL before and values after
    Given the PostgreSQL table "orders" has rows:
      | id:int | item |
      | 1      | Lamp |
    And a pipeline "orders-copy" from the PostgreSQL table "orders" to the <destination>
    And the pipeline "orders-copy" writes <format>
    When the pipeline "orders-copy" is started
    Then within 60 seconds the <destination> contains exactly:
      | id | item |
      | 1  | Lamp |
    When the column "qty" of type "bigint" is added to the PostgreSQL table "orders"
    And these rows are inserted into the PostgreSQL table "orders":
      | id | item | qty        |
      | 2  | Desk | 3000000000 |
    Then within 60 seconds the <destination> contains exactly:
      | id | item | qty        |
      | 1  | Lamp |            |
      | 2  | Desk | 3000000000 |
    And within 30 seconds the <destination> has the columns:
      | column | type       |
      | id     | <id>       |
      | item   | <item>     |
      | qty    | <qty>      |

    Examples:
      | destination                          | format | id      | item   | qty    |
      | PostgreSQL table "warehouse.orders"  | JSON   | integer | text   | bigint |
      | PostgreSQL table "warehouse.orders"  | Avro   | integer | text   | bigint |
      | Kafka topic "orders"                 | Avro   | int32   | string | int64  |

    @mariadb @engine-apart
    Examples:
      | destination                          | format | id      | item     | qty    |
      | MariaDB table "orders_copy"          | JSON   | int     | longtext | bigint |
      | MariaDB table "orders_copy"          | Avro   | int     | longtext | bigint |

    @s3
    Examples:
      | destination                          | format | id      | item   | qty    |
      | S3 bucket "orders-lake"              | JSON   | int     | string | long   |
      | S3 bucket "orders-lake"              | Avro   | int     | string | long   |

  Scenario Outline: A column dropped at the origin stays in the <destination>, NULL from then on
    The JDBC sink and the lake never drop a column (a dropped one may hold data someone needs);
    rows written after the drop have NULL there. This fails if a destination drops the column or
    loses the row.
    Given the PostgreSQL table "tickets" has rows:
      | id:int | title | note  |
      | 1      | Door  | first |
    And a pipeline "tickets-copy" from the PostgreSQL table "tickets" to the <destination>
    And the pipeline "tickets-copy" writes Avro
    When the pipeline "tickets-copy" is started
    Then within 60 seconds the <destination> has 1 record
    When the column "note" is dropped from the PostgreSQL table "tickets"
    And these rows are inserted into the PostgreSQL table "tickets":
      | id | title  |
      | 2  | Window |
    Then within 60 seconds the <destination> contains exactly:
      | id | title  | note  |
      | 1  | Door   | first |
      | 2  | Window |       |

    Examples:
      | destination                          |
      | PostgreSQL table "warehouse.tickets" |

    @s3
    Examples:
      | destination                          |
      | S3 bucket "tickets-lake"             |

  Scenario: A renamed column arrives as a new column; the old one stays, NULL from then on
    Debezium sees a rename as a new field; the JDBC sink adds it and keeps the old column. This
    fails if the new name's values are lost or the old column's earlier values change.
    Given the PostgreSQL table "people" has rows:
      | id:int | nick |
      | 1      | Ann  |
    And a pipeline "people-copy" moves data from the PostgreSQL table "people" to the PostgreSQL table "warehouse.people"
    Then within 60 seconds the PostgreSQL table "warehouse.people" has 1 record
    When the column "nick" of the PostgreSQL table "people" is renamed to "alias"
    And these rows are inserted into the PostgreSQL table "people":
      | id | alias |
      | 2  | Bob   |
    Then within 60 seconds the PostgreSQL table "warehouse.people" contains exactly:
      | id | nick | alias |
      | 1  | Ann  |       |
      | 2  |      | Bob   |

  Scenario Outline: A type widened from int to bigint carries a value above 2^31 into the <destination>
    The topic registers a second value schema (int to long is a compatible change) and the lake
    widens its column. This fails if the value is cut to 32 bits or the row is lost.
    Given the PostgreSQL table "meters" has rows:
      | id:int | reading:int |
      | 1      | 7           |
    And a pipeline "meters-out" from the PostgreSQL table "meters" to the <destination>
    And the pipeline "meters-out" writes Avro
    When the pipeline "meters-out" is started
    Then within 60 seconds the <destination> has 1 record
    When the column "reading" of the PostgreSQL table "meters" is changed to type "bigint"
    And these rows are inserted into the PostgreSQL table "meters":
      | id | reading    |
      | 2  | 4294967296 |
    Then within 60 seconds the <destination> contains exactly:
      | id | reading    |
      | 1  | 7          |
      | 2  | 4294967296 |
    And within 30 seconds the <destination> has the columns:
      | column  | type    |
      | id      | <id>    |
      | reading | <long>  |

    Examples:
      | destination            | id    | long  |
      | Kafka topic "meters"   | int32 | int64 |

    @s3
    Examples:
      | destination            | id    | long  |
      | S3 bucket "meters-lake" | int  | long  |

  Scenario: The JDBC sink does not widen a column: a value above 2^31 fails the pipeline, earlier rows stay
    schema.evolution=basic only adds columns, so the copy's column stays integer and the wider
    value is refused by PostgreSQL. This fails if the sink silently cuts the value or drops the row
    without failing, or if the row before the change is lost.
    Given the PostgreSQL table "gauges" has rows:
      | id:int | reading:int |
      | 1      | 7           |
    And a pipeline "gauges-copy" moves data from the PostgreSQL table "gauges" to the PostgreSQL table "warehouse.gauges"
    Then within 60 seconds the PostgreSQL table "warehouse.gauges" has 1 record
    When the column "reading" of the PostgreSQL table "gauges" is changed to type "bigint"
    And these rows are inserted into the PostgreSQL table "gauges":
      | id | reading    |
      | 2  | 4294967296 |
    Then the pipeline "gauges-copy" fails with an error mentioning "integer out of range"
    And within 5 seconds the PostgreSQL table "warehouse.gauges" contains exactly:
      | id | reading |
      | 1  | 7       |

  Scenario: A change the registry's BACKWARD rule forbids fails the pipeline; every row before it is delivered
    Text to integer is not a backward-compatible change: a reader with the new schema cannot read
    the old records. The registry refuses the new version and the converter fails the source with
    the registry's message. This fails if the change is let through (a second version appears) or
    if a row written before it is missing.
    Given the PostgreSQL table "codes" has rows:
      | id:int | code |
      | 1      | 10   |
      | 2      | 20   |
    And a pipeline "codes-out" from the PostgreSQL table "codes" to the Kafka topic "codes"
    And the pipeline "codes-out" writes Avro
    When the pipeline "codes-out" is started
    Then within 30 seconds the Kafka topic "codes" has 2 records
    When the schema registry requires BACKWARD compatibility for the values of the Kafka topic "codes"
    And the column "code" of the PostgreSQL table "codes" is changed to type "int"
    And these rows are inserted into the PostgreSQL table "codes":
      | id | code |
      | 3  | 30   |
    Then the pipeline "codes-out" fails with an error mentioning "Incompatible artifact"
    And within 5 seconds the Kafka topic "codes" contains exactly:
      | id | code |
      | 1  | 10   |
      | 2  | 20   |
    And the schema registry holds 1 version of the value schema of the Kafka topic "codes"
