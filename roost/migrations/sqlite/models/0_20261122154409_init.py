from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "organisation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* PROVIDER: PROVIDER\nCLIENT_COMPANY: CLIENT_COMPANY */,
    "provider_kind" VARCHAR(20) /* VENUE: VENUE\nSUPPLIER: SUPPLIER */,
    "plan" VARCHAR(20) NOT NULL /* BASIC: BASIC\nPREMIUM: PREMIUM\nENTERPRISE: ENTERPRISE */,
    "active" INT NOT NULL,
    "verified" INT NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "analytic_code_definitions" JSON NOT NULL /* Client companies: three free-text and two drop-down analytic codes, */,
    "created_at" TIMESTAMP NOT NULL
) /* A provider (venue, supplier) or a client company. */;
CREATE TABLE IF NOT EXISTS "service" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "provider_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
) /* A product a provider sells (a meeting room, a tour, a hotel stay). */;
CREATE TABLE IF NOT EXISTS "booking_field_definition" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "labels" JSON NOT NULL /* ``{"en": "...", "fr": "...", "de": "..."}`` */,
    "type" VARCHAR(20) NOT NULL /* TEXT: TEXT\nPERSON_NAME: PERSON_NAME\nLICENCE_PLATE: LICENCE_PLATE\nPHONE: PHONE\nEMAIL: EMAIL\nDATE: DATE\nNUMBER: NUMBER\nCHOICE: CHOICE */,
    "scope" VARCHAR(20) NOT NULL /* BOOKING: BOOKING\nPARTICIPANT: PARTICIPANT */,
    "required" INT NOT NULL,
    "max_length" INT,
    "pattern" VARCHAR(200),
    "choices" JSON NOT NULL,
    "position" INT NOT NULL,
    "service_id" INT NOT NULL REFERENCES "service" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_booking_fie_service_107c52" UNIQUE ("service_id", "key")
) /* A typed data field collected for bookings of a service. */;
CREATE TABLE IF NOT EXISTS "team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "always_open" INT NOT NULL,
    "service_hours" JSON NOT NULL /* ``{"mon": [["09:00", "19:00"]], ...}`` in the team's time zone. */
) /* A team of agents with weekly service hours in its own time zone. */;
CREATE TABLE IF NOT EXISTS "user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(40),
    "locale" VARCHAR(2) NOT NULL /* EN: en\nFR: fr\nDE: de */,
    "role" VARCHAR(20) NOT NULL /* CUSTOMER: CUSTOMER\nGUEST: GUEST\nPROVIDER_STAFF: PROVIDER_STAFF\nTRAVEL_MANAGER: TRAVEL_MANAGER\nAGENT: AGENT\nADMIN: ADMIN\nANALYST: ANALYST */,
    "is_vip" INT NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "organisation_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT
) /* An account. GUEST access is a token scoped to a booking, not an account. */;
CREATE TABLE IF NOT EXISTS "booking" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reference" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* OPTION: OPTION\nCONFIRMED: CONFIRMED\nCANCELLED: CANCELLED\nCOMPLETED: COMPLETED */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL /* The venue's time zone; starts_at and ends_at are stored in UTC. */,
    "destination" VARCHAR(120) NOT NULL,
    "participant_count" INT NOT NULL,
    "total_price" VARCHAR(40) NOT NULL,
    "commission" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "free_cancellation_until" TIMESTAMP,
    "offer_comments" TEXT NOT NULL,
    "analytic_codes" JSON NOT NULL /* ``{code key: value}``, validated against the client company's definitions. */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "client_company_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "provider_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "service_id" INT NOT NULL REFERENCES "service" ("id") ON DELETE RESTRICT
) /* A booked service: who, what, when, for how much, and its data. */;
CREATE INDEX IF NOT EXISTS "idx_booking_provide_9d4ff0" ON "booking" ("provider_id", "starts_at");
CREATE INDEX IF NOT EXISTS "idx_booking_custome_bcab6a" ON "booking" ("customer_id", "starts_at");
CREATE TABLE IF NOT EXISTS "invoice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* DRAFT: DRAFT\nISSUED: ISSUED\nPAID: PAID\nOVERDUE: OVERDUE\nCREDITED: CREDITED */,
    "issued_at" TIMESTAMP,
    "due_date" DATE,
    "currency" VARCHAR(3) NOT NULL,
    "total_amount" VARCHAR(40) NOT NULL,
    "provider_payout" VARCHAR(40) NOT NULL,
    "analytic_codes" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE RESTRICT
) /* An invoice for a booking; threads attach to it like to bookings. */;
CREATE TABLE IF NOT EXISTS "invoice_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "quantity" VARCHAR(40) NOT NULL,
    "unit_price" VARCHAR(40) NOT NULL,
    "vat_rate" VARCHAR(40) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "invoice_id" INT NOT NULL REFERENCES "invoice" ("id") ON DELETE CASCADE
) /* One line of an invoice. */;
CREATE TABLE IF NOT EXISTS "participant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE
) /* A person taking part in a booking. */;
CREATE TABLE IF NOT EXISTS "booking_field_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "old_value" TEXT,
    "new_value" TEXT NOT NULL,
    "channel" VARCHAR(20) NOT NULL /* BOOKING: BOOKING\nPORTAL: PORTAL\nSELF_SERVICE: SELF_SERVICE\nPROVIDER: PROVIDER\nAGENT: AGENT\nQUESTION: QUESTION\nSYSTEM: SYSTEM */,
    "changed_at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "definition_id" INT NOT NULL REFERENCES "booking_field_definition" ("id") ON DELETE RESTRICT,
    "participant_id" INT REFERENCES "participant" ("id") ON DELETE SET NULL
) /* One change of a booking field value: old, new, who, when, through which channel. */;
CREATE TABLE IF NOT EXISTS "booking_field_value" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "definition_id" INT NOT NULL REFERENCES "booking_field_definition" ("id") ON DELETE RESTRICT,
    "participant_id" INT REFERENCES "participant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_booking_fie_booking_3670ab" UNIQUE ("booking_id", "definition_id", "participant_id")
) /* The current value of a booking field, for the booking or one participant. */;
CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "paid_at" TIMESTAMP NOT NULL,
    "method" VARCHAR(40) NOT NULL,
    "reference" VARCHAR(80) NOT NULL,
    "invoice_id" INT NOT NULL REFERENCES "invoice" ("id") ON DELETE CASCADE
) /* Money received against an invoice. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "user_team" (
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_user_team_user_id_15cbf2" ON "user_team" ("user_id", "team_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXetzm7gW/1c0fNl2xutp0rTb671zZ1ybtL71I9d2enc37BACis0EC5dHUm9v/vcrCb"
    "AFCAx+BXv1xbx0ZPgdcTgvHf2QZrYBLbf+0bYfTDSRGuCHhLQZxDvJSzUgafP56gI54Wl3"
    "Fm17xzS6cz1H0z18+l6zXIhPGdDVHXPumTYijZuANIcGcKHzaOqwAZ6mdg3/aB75hagG7m"
    "0HTO0nMPP1aQ1oyACm5wJD87Q6+Q/D1vGfBDe8g+58ZH7zoerZE+hNoYM7vfkTnzaRAb9D"
    "lxzeSHPHfjQNfBFfcD3N8VxV8yTc7EbSfdezZ6lLpIv5g3pvQsuIAWsapCU9r3qLOT3XQd"
    "4lbUie7k7VbcufoVXj+cKb2mjZ2kQeOTuBCDqaB0n3nuMTqJFvWSFTIvSDp1s1CR6LoTHg"
    "veZbhGGEOriB1TlJVfuDsTqSx6oqpZgZUTAMCU/pNiIDAd+qS59+Qm7h5/Ozi18uPrx9f/"
    "EBN6G3uTzzy3Pw1ytgAkIKT38sPdPrmGdBC8qXFagOvIcORDpMY9uaag4f3BhRAmN880mM"
    "I0SrC/JM+65aEE28KT58e56D6NfmsPW5OXz19vw1+UMbv7LBq9wPr5zTSwT0Fch4dHu+y0"
    "dYRv6MotzBt6SFmMbQXlHvBuroxArrlcBZAju4GncGfakc4CFVAwRbBbUG/cvOsCe3G2C5"
    "i882+y2526Vno13StnfVlcdB23A3KbSKsO/8TQH2nb/JZB+5lGJfKJxSHGxj3D1zBvnvSY"
    "wwwTwjpKxHO/ti5R7fmxygx52ePBo3e1ek+5nrfrMoXM2xTK6c07OLxNlX7xNMWXYC/tsZ"
    "fwbkEPwx6MsUTtv1Jg79x1W78R8SuSfN92wV2U+qZrCYRKejUzEmQ2RswmKGTDC40gwmLF"
    "D/slGpL12M6IDi93rcKit7x1MIHiHy4U8uILcNyG3/CpYyiOpv4XAFmgPxFdvB6p+JAP63"
    "tH64g/5y5fT7iwJy+v1Fppwml+JyGgPimUijgJTgcYLsgFwuyeIN9ZmzQl/Es5xP4ln6mz"
    "jHo8DUzbmGPAyljziCM1M359KuV9V3BftZpVV1RmDZnmapc8fkKedtqJszzcqQWnHK5Icp"
    "IK2HXZzWZ6kttzq9ZhcP2VqgoeNPkOlBdqRfpAazbs9mputy5UYu0HHCl8H5zbGA7DvEZl"
    "yUEc0szQHlsnw9PIxoflvE0sw2NJMQ3zsQqjoxIjEA5M5ULFxNq6xOm9PNDnTc0LA/Ally"
    "dCqufX8PHZUIJUieLsX2Mfye8UlOU56AGpTHWvm3cYyr0Vv1qtf87XWMs91B/1PUnHkLW9"
    "3Bx8TrpyHNWmDNBuOI7zgN/79Hgz4f/jRl8kUzdQ/8D1imuze1SPrnvY90gjG4800Lq8Ru"
    "nfztv8oaIre3P8hjgAe4aIBHzfLh8+1tjeyZREwYQJtgFrke8LCFoVsmHnEAjzysDi6wqY"
    "H/xkQm6ctN2yS77br4cCGcyx8uyZGReLtJB8nhojuQ3PMGToc45Qn6HST8gMYAWYvwe3Ek"
    "Qjr8tOXKaH9ubMj1OKXgelW4zvk0h3fPvOtUFqmhLFJLhbK4tBuZyxVTvXZtMEcBxZLwxq"
    "kO54c4ImSjKG45ZBNUAlkOsmHwvRywcSKBa4gryRy4f+CGudk0hDjIl7YDzQn6AhepKGwC"
    "2DCxY+BMNGS6S3/xkQH9HA2m6Ozqu+BoT8u0i+TLi3HATw8DJ88Qfw6HndZY4g3lHUA8Wv"
    "V0oujG3+AC4LLJMluie+3CvdnyFYA28T0vgm1MwTq8iKiYWlYYaJ5emgE3Ec13mv7wpDmG"
    "miGjA9D1qYYmPO/Jx5D88ssQWlnRunjyHWVXi3Z4QgM+7vKlGFFXyJaYUbC+ko5OFSsTPd"
    "pY6G6JUyfo5VRBYoKzWwJ1terplMAiosw+txkRFhNu6Uuz81nyjIa0CX0k8t/kn7LlVnZq"
    "cUK6rc0yVlkBSynWphwPEARBe2DfAw2EPQHaU+CAbQDbMmoAwadalEBMUoe9qWP7kyk+Mv"
    "Up7QNBK+3Q3ccfrE9LFinGh0wxtqMPVKmAFEu0USyqmlrVwYJR+H0pj3qM6HARwBOCPRRE"
    "adCL5Xoz5FWGX/o4GHzp9D81QLijoKvBcNzsNkCwVdBI7l5i8uHXTktuAPYItx0Ovnba8h"
    "C3DvcU1Pwk98cNQDcK+s81Nh1oKnm0h3v8fTSWe7gvuk1+Sl4mNTz4dm0Uw4tRimhOVaI5"
    "RWJ4WGeyS/rCWRIRu0n7wSMdtRSocSLhB+fgusp5KAdtik6gy4uLMZnM5UJjKUIhFNYGcZ"
    "jZsls6aJnJuUc2gos6Z+OiMeaVbTVHrWZbljLkxO7gpa3bsY5PFO2UtCwQdZjH3WNbQl7O"
    "2VYxuVE4JpmSmjGc8W2A/nW3K6WVtcOFzY4UWlY/zQA1O4ZzKJcoI0vWuEXjUqeoazQuBI"
    "tUZCBjxKAVEUKXJf7EW1AnqaikeELYvRs4N8OgL68Uw8b9cJydN2wk/gEugpIKwv35Qu5P"
    "woEUqtlTXsLmVfb+bDjZZfcTPvFzhy900UT7FcVxJ9grEkQK3leker2u4DaKdO8kThiQOf"
    "F8e5sSO1v088Kp85Rr3JdqvYs1oq3yG0Z90w1AfhV0JQ8xBGq/2ZMbgDlQULfTkvstWb3q"
    "Nsf4WuwQ030e9AkF2ShI7jU73QagGwW1KUGbtutf9z4SX2ywVVDr84D6bINtNfysrm5vzv"
    "El8QHnNIV+8bKvNsev3hyOO63OVZN4x5mDavDFgd9804EcvQFrYxbUEF8Ms2QJpmBVZ29T"
    "ZZdnDhtowrzsxkTgx04ykkRfvVdnicm0aYcTw87imlqcSDiaeH48z4NOqaoRDMkphKeTgq"
    "KYpMgTFZxYWUb2Vba6xpBUQ18j/1dWX9uFCNmLFoWvZ3j8sv3WDMnhIgL7KnEgJnNUF9ec"
    "OICYaLCTiQbLOECR5GyRll0qi1YkZGehtE9fMYMYxz8cx7OoT3iZDrfeHUwqpgUVa7wgdZ"
    "WT0xoU1SXlCaLT+NBGEDCxDX4ttp31zHUZM7HVuBecDVMJR/JLOpJLZ3O+QCbnydRyEWUa"
    "ssf5cSb2RRjllWkQWWgiC+340BVZaCILrRrafU1koYkstL95FloBt8o+beBoejLHAGZmLm"
    "dbvybTaH0CFAJhe2p8Li3SX8n0TKwlukDzPE2fAs8Gpgcs8wGS3SidiZMJtYMOxfzPatmt"
    "yJ/d8QqXZMfWVhRicZlEXO0kFpdpD5uX45KegoCoAehGQZ3R6JosFRNsSZpEp03yIzp4f/"
    "BVHrav5QYIdxTUGsrtTrC0TLiXlDwvkz5huq6/kZMhRiiKMlfHpZCeLGjgbxHhBJ/FGXYv"
    "Q5PH3ZPiLOGWqBm//gtS5ANSvGZ8sFaENuOv4VFgmYkVqVj/IG/9g2VBvbm2sP2yWHOoBd"
    "x5cIti7JXOPRLFz7PF/XHGV0Tx878j10VUTQQmKgTxDgIT5YqWWibaUUHJromOUW4VSofD"
    "SmvGkkTlCkrSXk4JpANEAui4yo4GRMNubURAtaKWhcpGktY0S23p0edXf8xoJ5z41XLii7"
    "kCO0+JWd1GCtPcxWpZsipPYt3Uv1Vo7tHbnLlHb9Nzj775GvJMj+NIzPW6sGQv427Z12K1"
    "Rdwtb0q4W/BDeRutVRsnFEvVrsH5UfNUhx9NyEOZJfvb+Q3flXEbbuIIf2kX+BGN30iZLK"
    "ekxYiEL2C9L4DJ4tnSF3B6yx3UEr6A+OiqUi5XbB0ZjgmXXGcm24azky0L1LaKQk7g1SNE"
    "BDbXn88tEzqvAU3Niq+vyqtqtUEPwu6rlt1HtyXsk6j9CRomeymK8IAfjY/v+tytiLbKWE"
    "u8Wu+tbkfuj9XWoHfV7P/eAPHjpCB5mdSsZcB9Gw6lOqlwqRDpq9wnSXN0o6DR9dUVZgvm"
    "W7RXEb5YWobDpAA7QtpD1oFqjjotqSQnKFED0A1ZLUHuda575AWiOwrCL4s8vBp2Rphdq/"
    "1q8AcrFeYj55ORWw9qRXTAalDRZ/poi0E9QsfEf1G2+BZLJopvlcCbZBaof9molEIUIzqg"
    "4LkelxU7G6pFuy/rGUvAYorybp7FleykGgldmxSTklqszWRCt0FnxkBwj39+9uB3D2jIAN"
    "6TDQzHnv9s2E8IRFgAmtFWS1lqO+hTQbe3Nz8UUr42qBpKK60Gu0T5CUqIXg5lWZEw1IoU"
    "VJcMGoRlvkibm3q9/ufzn7e31BoUSWqVNY2OM10pK0kt5UorVBMpWAA3mnzG+QyXr41UGX"
    "NgxwkggSFkHBysqr03hdAKi3ZtCdLpFTeLgTSDZJLglhid1qIOe00nYud2c3zRianf2a7o"
    "xIzzQp5ozGesOHkaLWtFOgAmWk0O5rqeC5AIX3O1fM0ix2jHOUbCeb9f571IbBeJ7RULZh"
    "epuFPEtgmAfrmqr8eicbHiIIDo4KVfjwWq/SqnwdQArmK6nDWQp5SuGq1VSHs2ggvgQB2a"
    "j9AA2gQ/pevlZroXIxEKabUUUpEMuOcp8Zq5iXOVITtBz+qReFIjTHLn+86wHLMzsif4vF"
    "1RHDRI3/+ijofN/uhSPlAVj4si5shFtjWSfpkceA9J4ZNSFl+M6ATKRMdB/lAE5A/ZIH8Q"
    "6csifblqenTtaNKXowAERylnYhPZSjmzzkvBfGXD17FSvco7dqFlueCVBmYQqwNoAhzbnt"
    "VwC8/2HbKd2h60AB5Ei9cZCcxbdymU+mop9cIpul+naO7E1uzFKl5sYuvJLFkhslWyh/1p"
    "Zatw89TLVf6PUwmddL1OGkG2A6U0OW/ryIAuqpkmBtkWVXZE1lDh8ENuuuymYZuTXD5hrw"
    "GJMdRmEsfwoedreVaPF7UoYPKQtrR4zoRUVwJPpjcFTxA+WAsQGk/YHPEdl+S+mLgBSdwl"
    "n3BAEtJ5Bs/2HQpzp1rmzgMsVT05bH5ydfd3728VduQS3LNC08jOcuaRnaUnkonZNgeabW"
    "M9aQtXteeQY6/nz9qLU4q5ZCXmkkXrMtOvaRr37HlNKcJqzGXapDi1dHv7Q8EqEKITf24U"
    "6c0/Gm/eBFOCzoJdsuJsvV5/vr0lGgdZ3JZoKD+5eVrMznp9gdlHJeahbKm9Fkik72loMb"
    "bJb0G7tmA2fbX0hBxrlj6WmtDgo4d0iAUFjeVlMoQCEG2HcoCoUvi87y4t4CVzwkuEJLzk"
    "TR3bn0yXBJEVwI3n4PNqUsd9zjVH6E1zzJHoYbLNET9qUWQxME3XSfJLHXy6xvY9OYQuth"
    "VcGh55gAi4Ov5aGGTJrmUqfg0gm2ZCRcRps2SHHQvzpFrmCZxpplVGw1sSnJyJcv6uiG6H"
    "W2VHY96ltDthpew32jWflrRQlgQVLgVTGRvbsnXNyoB3fbmXFfUBLcHAFiqjBcv9BoBIQZ"
    "dD3KGjoLbcAAZMfgULjfAi4zt7dKcyyuzNsY9oqyxHpNb1aDzokRpH0Z6CqILRCPQMUnsn"
    "qFmljsbNy8tVDavgWEHjYfOr3FV7zX7zE+knfqwg/NvHvdENPmr3OpjZdIOP+s3u7+S/wp"
    "2NOL6HJQnVR3Ne0hOwIhJOgBJOAFEr6WBQi+SIbIlyuskRbNnTcgkSHMqNkiSqprDtN0ci"
    "WWb2sHkSFcO6aJoEZ6iJVIlDpEqI2a17zpBggnlL5+h2HuYofeKo3DxlPczRQyY9zKyjPu"
    "5jZhzJSR8z437eysccfFxzncxN6Jj6VOK4mcMrtTxHs7Zqs87VnI28cO9Wy737iMdryRWO"
    "GJIqOw82dvK+K+TkfZfj5H2XCuHPOQZ7NsJh8xNE96yQi/csx8V7lnbx4n/0IG8aeHaQni"
    "E5fHh+/1+yEwmBcz5mz/8HuW4t+A=="
)
