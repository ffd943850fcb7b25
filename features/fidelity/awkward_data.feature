@fidelity
Feature: Real data arrives exactly as it was written

  Teams' tables are not tidy: columns are named like SQL keywords ("order", "user", "group",
  "from") or in mixed case ("Email", even beside "email"), identifiers beyond the range a double
  holds exactly, negative numbers, long decimals, unicode and NULLs. Every value must arrive
  unchanged, at every kind of destination. These scenarios fail if Sluice or a connector writes an
  identifier unquoted (the table cannot be created: "syntax error at or near"), folds "Email" into
  "email", or passes a number through a double (9007199254740993 would read 9007199254740992).

  @every-environment
  Scenario Outline: Keyword and mixed-case columns, 64-bit integers, long decimals and unicode reach the <destination>
    Given the PostgreSQL table "accounts" has rows:
      | id:int | order:bigint         | user | group  | from   | Email           | amount:numeric                   |
      | 1      | 9007199254740993     | Ann  | admins | Oslo   | Ann@Example.com | 123456789012345678901234.123456  |
      | 2      | -9223372036854775808 | Zoë  | 用户    |        | BOB@X.org       | -0.000001                        |
    And a pipeline "accounts-out" moves data from the PostgreSQL table "accounts" to the <destination>
    When these rows are inserted into the PostgreSQL table "accounts":
      | id | order               | user | group | from     | Email | amount |
      | 3  | 9223372036854775807 | Émil | ops   | Tromsø   |       | 0      |
    Then within 60 seconds the <destination> contains exactly:
      | id | order                | user | group  | from   | Email           | amount                          |
      | 1  | 9007199254740993     | Ann  | admins | Oslo   | Ann@Example.com | 123456789012345678901234.123456 |
      | 2  | -9223372036854775808 | Zoë  | 用户    |        | BOB@X.org       | -0.000001                       |
      | 3  | 9223372036854775807  | Émil | ops    | Tromsø |                 | 0                               |

    Examples:
      | destination                      |
      | PostgreSQL table "ledger.accounts" |
      | Kafka topic "accounts"           |

    @s3
    Examples:
      | destination                      |
      | S3 bucket "accounts-lake"        |

  Scenario: Keyword and mixed-case columns from a Kafka topic reach a PostgreSQL table
    Given the Kafka topic "payments" has records:
      | key | id:int | order:bigint     | from | Email | email | amount:numeric |
      | 1   | 1      | 9007199254740993 | Ann  | A@X   | a@x   | -12.5          |
    When a pipeline "payments-in" moves data from the Kafka topic "payments" to the PostgreSQL table "payments"
    Then within 30 seconds the PostgreSQL table "payments" contains exactly:
      | id | order            | from | Email | email | amount |
      | 1  | 9007199254740993 | Ann  | A@X   | a@x   | -12.5  |

  Scenario: Columns that differ only in case are refused before a change-data-capture pipeline starts
    Debezium's PostgreSQL connector looks columns up without regard to case, so "Email" and
    "email" would be confused and its task would die on the first change. Sluice refuses such a
    pipeline before creating anything and says which columns clash.
    Given the PostgreSQL table "contacts" has rows:
      | id:int | Email     | email     |
      | 1      | A@X.org   | a@x.org   |
    When a pipeline "contacts-out" moves data from the PostgreSQL table "contacts" to the Kafka topic "contacts"
    Then the pipeline "contacts-out" fails with an error mentioning "columns \"Email\" and \"email\", which differ only in case"

  Scenario Outline: Deletes pass through the processor "<processor>" into a PostgreSQL table
    A processor sees a delete as a record without a value (a tombstone). This fails if the
    processor breaks on it (the pipeline's task dies and the later insert never arrives), or if
    the delete is lost on the way (row 2 stays in the copy).
    Given the PostgreSQL table "people" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 111-11-1111 |
      | 2      | Bob  | 222-22-2222 |
    And a pipeline "people-copy" from the PostgreSQL table "people" to the PostgreSQL table "people_copy"
    And the pipeline "people-copy" <processor>
    When the pipeline "people-copy" is started
    Then within 30 seconds the PostgreSQL table "people_copy" has 2 records
    When the row with id 2 is deleted from the PostgreSQL table "people"
    And these rows are inserted into the PostgreSQL table "people":
      | id | name | ssn         |
      | 3  | Cleo | 333-33-3333 |
    Then within 30 seconds the PostgreSQL table "people_copy" contains exactly:
      | id | name | <column> |
      | 1  | Ann  | <first>  |
      | 3  | Cleo | <third>  |
    And the pipeline "people-copy" is running

    Examples:
      | processor                                  | column | first       | third       |
      | masks the field "ssn"                      | ssn    | ****        | ****        |
      | renames the field "ssn" to "tax_id"        | tax_id | 111-11-1111 | 333-33-3333 |

  Scenario Outline: Deletes pass through the processor "<processor>" into the <destination>
    A topic and a lake keep what was written: the deleted row stays as it was, the delete itself
    is a tombstone (topic) or a row of its key marked __deleted (lake); neither is a row here. This fails if the processor breaks on the delete:
    the pipeline's task dies and the row inserted after the delete never arrives.
    Given the PostgreSQL table "people" has rows:
      | id:int | name | ssn         |
      | 1      | Ann  | 111-11-1111 |
      | 2      | Bob  | 222-22-2222 |
    And a pipeline "people-out" from the PostgreSQL table "people" to the <destination>
    And the pipeline "people-out" <processor>
    When the pipeline "people-out" is started
    Then within 60 seconds the <destination> has 2 records
    When the row with id 2 is deleted from the PostgreSQL table "people"
    And these rows are inserted into the PostgreSQL table "people":
      | id | name | ssn         |
      | 3  | Cleo | 333-33-3333 |
    Then within 60 seconds the <destination> contains exactly:
      | id | name | <column> |
      | 1  | Ann  | <first>  |
      | 2  | Bob  | <second> |
      | 3  | Cleo | <third>  |
    And the pipeline "people-out" is running

    Examples:
      | processor                           | destination               | column | first       | second      | third       |
      | masks the field "ssn"               | Kafka topic "people"      | ssn    | ****        | ****        | ****        |
      | renames the field "ssn" to "tax_id" | Kafka topic "people"      | tax_id | 111-11-1111 | 222-22-2222 | 333-33-3333 |

    @s3
    Examples:
      | processor                           | destination               | column | first       | second      | third       |
      | masks the field "ssn"               | S3 bucket "people-lake"   | ssn    | ****        | ****        | ****        |
      | renames the field "ssn" to "tax_id" | S3 bucket "people-lake"   | tax_id | 111-11-1111 | 222-22-2222 | 333-33-3333 |
