@s3
Feature: Change data lands in a data lake on S3

  The analytics team keeps every state of every customer in a data lake: an Apache Iceberg table
  in an S3 bucket, written by a pipeline and read by anything that reads Iceberg. Each pipeline
  writes one table, under warehouse/sluice/<pipeline>/ in the bucket (data/ holds Parquet files,
  metadata/ the table's metadata). The lake appends: an updated row arrives as a new row beside
  the old one, and a deleted row stays as it was last seen. Personal data is masked before it
  leaves the source, so no object in the bucket ever holds it.

  @smoke @cdc
  Scenario: Existing and new rows land in the lake, with SSNs masked
    Given the PostgreSQL table "customers" has rows:
      | id:int | name | ssn         | since:date |
      | 1      | Ann  | 123-45-6789 | 2020-01-15 |
      | 2      | Bob  | 987-65-4321 | 2021-06-30 |
    And a pipeline "lake-feed" from the PostgreSQL table "customers" to the S3 bucket "lake"
    And the pipeline "lake-feed" masks the field "ssn"
    When the pipeline "lake-feed" is started
    Then within 60 seconds the S3 bucket "lake" contains exactly:
      | id | name | ssn  | since      |
      | 1  | Ann  | **** | 2020-01-15 |
      | 2  | Bob  | **** | 2021-06-30 |
    When these rows are inserted into the PostgreSQL table "customers":
      | id | name | ssn         | since      |
      | 3  | Cleo | 555-12-3456 | 2022-11-01 |
    Then within 60 seconds the S3 bucket "lake" has 3 records
    And no record in the S3 bucket "lake" contains "123-45-6789"
    And no record in the S3 bucket "lake" contains "555-12-3456"
    And the S3 bucket "lake" contains objects under "warehouse/sluice/lake_feed/metadata/"

  @kafka
  Scenario: Records of a Kafka topic land in the lake
    Given the Kafka topic "clicks" has records:
      | id:int | page   | at:timestamp        |
      | 1      | /home  | 2024-05-01 09:30:00 |
      | 2      | /cart  | 2024-05-01 09:31:10 |
    When a pipeline "clicks-lake" moves data from the Kafka topic "clicks" to the S3 bucket "clickstream"
    Then within 60 seconds the S3 bucket "clickstream" contains exactly:
      | id | page  | at                  |
      | 1  | /home | 2024-05-01 09:30:00 |
      | 2  | /cart | 2024-05-01 09:31:10 |
    And the S3 bucket "clickstream" has 1 data files

  @cdc
  Scenario: Updates arrive as new rows; the lake keeps every state
    Given the PostgreSQL table "accounts" has rows:
      | id:int | status |
      | 1      | open   |
    And a pipeline "accounts-lake" moves data from the PostgreSQL table "accounts" to the S3 bucket "history"
    Then within 60 seconds the S3 bucket "history" has 1 records
    When these rows of the PostgreSQL table "accounts" are updated:
      | id | status |
      | 1  | frozen |
    And the row with id 1 is deleted from the PostgreSQL table "accounts"
    Then within 60 seconds the S3 bucket "history" contains exactly:
      | id | status |
      | 1  | open   |
      | 1  | frozen |

  @errors
  Scenario: A lake that cannot be reached fails the pipeline with the connector's error
    Given the PostgreSQL table "orders" has rows:
      | id:int | total:numeric |
      | 1      | 10            |
    And the pipelines of this scenario reach S3 at an address where no server answers
    When a pipeline "orders-lake" moves data from the PostgreSQL table "orders" to the S3 bucket "orders-lake"
    Then the pipeline "orders-lake" fails with an error mentioning "Unable to execute HTTP request"

  @errors
  Scenario: A bucket name that S3 does not allow is refused
    Given the PostgreSQL table "orders" has rows:
      | id:int |
      | 1      |
    When a pipeline "bad-bucket" moves data from the PostgreSQL table "orders" to the S3 bucket "Orders_Lake"
    Then the pipeline "bad-bucket" fails with an error mentioning "not a valid S3 bucket name"
