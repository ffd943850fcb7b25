@fidelity
Feature: Every column type and every kind of key survives the trip

  A data team's tables hold JSON documents, UUIDs, instants with time zones, floating-point
  scores, binary blobs, arrays and bounded strings, and are keyed by whatever identifies a row:
  a code, or several columns together. Each value must arrive meaning the same, and updates and
  deletes must find their row by its key. These scenarios fail if a type is dropped, truncated or
  turned into something else on the way (a JSON document re-ordered is the same document; an
  instant is compared in UTC), or if an update or delete reaches the wrong row or none.

  @every-environment
  Scenario Outline: JSON, UUIDs, instants, doubles, bytes, arrays and bounded strings reach the <destination>
    Given the PostgreSQL table "assets" has rows:
      | id:int | doc:jsonb               | ref:uuid                             | seen:timestamptz       | score:double | raw:bytea  | tags:text[] | code:varchar(8) |
      | 1      | {"b": [1, 2], "a": "x"} | 6f1c1a9e-2b7e-4f5d-9a34-3c2b1d0e9f88 | 2024-01-01 10:00:00+02 | 0.1          | \x0102ff   | {red,blue}  | AB-12       |
      | 2      |                         |                                      |                        | -1.5E10      |            |             |                 |
    When a pipeline "assets-out" moves data from the PostgreSQL table "assets" to the <destination>
    Then within 60 seconds the <destination> contains exactly:
      | id | doc                   | ref                                  | seen                | score        | raw      | tags       | code  |
      | 1  | {"a":"x","b":[1,2]}   | 6f1c1a9e-2b7e-4f5d-9a34-3c2b1d0e9f88 | 2024-01-01 08:00:00 | 0.1          | \x0102ff | {red,blue} | AB-12 |
      | 2  |                       |                                      |                     | -15000000000 |          |            |       |

    Examples:
      | destination                  |
      | PostgreSQL table "asset_copy" |
      | Kafka topic "assets"         |

    @s3
    Examples:
      | destination                  |
      | S3 bucket "assets-lake"      |

  Scenario: A composite key: updates and deletes find their rows by all key columns
    Given the PostgreSQL table "order_lines" has rows:
      | order_id:int:key | line:int:key | sku   | qty:int |
      | 1                | 1            | LAMP  | 1       |
      | 1                | 2            | DESK  | 2       |
      | 2                | 1            | LAMP  | 5       |
    And a pipeline "lines-copy" moves data from the PostgreSQL table "order_lines" to the PostgreSQL table "warehouse.order_lines"
    Then within 30 seconds the PostgreSQL table "warehouse.order_lines" has 3 records
    When these rows of the PostgreSQL table "order_lines" are updated:
      | order_id | line | qty |
      | 1        | 2    | 3   |
    And these rows are deleted from the PostgreSQL table "order_lines":
      | order_id | line |
      | 2        | 1    |
    Then within 30 seconds the PostgreSQL table "warehouse.order_lines" contains exactly:
      | order_id | line | sku  | qty |
      | 1        | 1    | LAMP | 1   |
      | 1        | 2    | DESK | 3   |

  Scenario: A text key reaches a topic as the record key; several rows are deleted at once
    Given the PostgreSQL table "products" has rows:
      | sku:text:key | title |
      | A-1          | Lamp  |
      | B-2          | Desk  |
      | C-3          | Chair |
    And a pipeline "products-copy" moves data from the PostgreSQL table "products" to the PostgreSQL table "product_copy"
    Then within 30 seconds the PostgreSQL table "product_copy" has 3 records
    When these rows are deleted from the PostgreSQL table "products":
      | sku |
      | A-1 |
      | C-3 |
    Then within 30 seconds the PostgreSQL table "product_copy" contains exactly:
      | sku | title |
      | B-2 | Desk  |
    And every row of the PostgreSQL table "products" arrived in the PostgreSQL table "product_copy" at least once
