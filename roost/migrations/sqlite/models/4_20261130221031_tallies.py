from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_thread_custome_0cc8da";
        DROP INDEX IF EXISTS "idx_thread_provide_b87315";
        CREATE TABLE IF NOT EXISTS "thread_tally" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "shard" SMALLINT NOT NULL,
    "public_total" BIGINT NOT NULL,
    "staff_total" BIGINT NOT NULL,
    CONSTRAINT "uid_thread_tall_key_2b6e3b" UNIQUE ("key", "shard")
) /* Sums of the threads' last sequence numbers for one party key and shard. */;
        CREATE TABLE IF NOT EXISTS "reader_tally" (
    "read_total" BIGINT NOT NULL,
    "user_id" INT NOT NULL PRIMARY KEY REFERENCES "user" ("id") ON DELETE CASCADE
) /* The sum of a user's read markers over the threads in the user's scope. */;
        ALTER TABLE "message" ADD "public_seq" INT /* The number the parties see: 1, 2, 3… over visibility ALL only; null for notes. */;
        ALTER TABLE "thread" ADD "last_public_activity_at" TIMESTAMP;
        ALTER TABLE "thread" ADD "last_public_seq" INT NOT NULL DEFAULT 0 /* The same for messages the parties see (visibility ALL); 0 and null until the first. */;
        CREATE UNIQUE INDEX "uid_message_thread__3e5227" ON "message" ("thread_id", "public_seq");
        CREATE INDEX "idx_thread_client__0ce063" ON "thread" ("client_company_id", "last_public_activity_at");
        CREATE INDEX "idx_thread_provide_927d79" ON "thread" ("provider_id", "last_public_activity_at");
        CREATE INDEX "idx_thread_custome_887834" ON "thread" ("customer_id", "last_public_activity_at");
        UPDATE "message" SET "public_seq" = (
            SELECT COUNT(*) FROM "message" AS "earlier"
            WHERE "earlier"."thread_id" = "message"."thread_id"
              AND "earlier"."visibility" = 'ALL' AND "earlier"."seq" <= "message"."seq"
        ) WHERE "visibility" = 'ALL';
        UPDATE "thread" SET
            "last_public_seq" = COALESCE((
                SELECT MAX("public_seq") FROM "message" WHERE "message"."thread_id" = "thread"."id"
            ), 0),
            "last_public_activity_at" = (
                SELECT MAX("created_at") FROM "message"
                WHERE "message"."thread_id" = "thread"."id" AND "message"."visibility" = 'ALL'
            );
        UPDATE "read_marker" SET "last_read_seq" = COALESCE((
            SELECT MAX("public_seq") FROM "message"
            WHERE "message"."thread_id" = "read_marker"."thread_id"
              AND "message"."seq" <= "read_marker"."last_read_seq"
        ), 0) WHERE "user_id" IN (SELECT "id" FROM "user" WHERE "role" NOT IN ('AGENT', 'ADMIN'));"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_thread_custome_887834";
        DROP INDEX IF EXISTS "idx_thread_provide_927d79";
        DROP INDEX IF EXISTS "idx_thread_client__0ce063";
        DROP INDEX IF EXISTS "uid_message_thread__3e5227";
        ALTER TABLE "message" DROP COLUMN "public_seq";
        ALTER TABLE "thread" DROP COLUMN "last_public_activity_at";
        ALTER TABLE "thread" DROP COLUMN "last_public_seq";
        DROP TABLE IF EXISTS "reader_tally";
        DROP TABLE IF EXISTS "thread_tally";
        CREATE INDEX "idx_thread_provide_b87315" ON "thread" ("provider_id", "last_activity_at");
        CREATE INDEX "idx_thread_custome_0cc8da" ON "thread" ("customer_id", "last_activity_at");"""


MODELS_STATE = (
    "eJztXWt32kia/it1+NLJWeKJneuQPXsOwThhG4Mb4/TMRHPkMhRGY1Eiutihe/3fty66qy"
    "QkECDU9YWLVG9JeqpU9d7fPxsLY4p066Rt23AyXyBsN1rgzwaGC0R+CM42QQMul8E5esCG"
    "dzprDqPt7izbhBPa4wzqFiKHpsiamNrS1gxM27cxcJa6AadoCmaajsALchohbM0Nuwmuzi"
    "9eNoFlGyY5fbcCEwPbpGswh9a8Cfi1yBnbAAZGYIEsC96jE3rlqTEhl9bw/S4v4mDth4NU"
    "27hH9hyZ5FLf/00Oa3iKfiLL+7t8UGca0qcRWLUp7YAdV+3Vkh3rYfuCNaT3f6dODN1Z4K"
    "DxcmXPDey31jjE9wgjE9qIdm+bDoUYO7rujoeHOr/ToAm/xRDNFM2go9OBotT8BoJjDVUd"
    "DMfqdXesqo3EIHoUIcjdQwRKOgHIrVrs6e/pLbw6O3374e3HN+/ffiRN2G36Rz4880sHwH"
    "BCBs9g3Hhm56ENeQuGcQAqHVv2OwFtZw5NMbZhmhjC5NbjCHt4ZkHsHQgwDub+PkBewJ8q"
    "eaZ7e06Rff06A9Jv7VHna3v0grR6SS9pkJeVv8cD99QZP0dxD3B23xAOVAGs43Q1xPs0F9"
    "6nGXifJvG2tD8EOKcuF17z9QvGMcBbypoRwnIOz969LzJrA4oaztf3b3NM1/dvU2crPRVb"
    "HExEwVChnQT5nJyxtQVKWR4ilDGwpy7piffjGKEnDzgdYn3l7rsZ0I97l93rcfvyil5uYV"
    "k/dIZfe9ylZ87Y0VXs6Iv3sWHyOwG/98ZfAf0L/jUcdBm8hmXfm+yKQbvxvxr0nqBjGyo2"
    "nlQ4DbEI3lEPtciou2yRWoiviRJttFy591aZES55tXLZVrMYrjEqCSwHljLjswch5+ghlg"
    "T5gogF2j3+Fa0Y1j1yVxBPRPurKyndWCjPtlAxfJ+9OeQdDW7RhE++ABOfWuTxyUMjmwFA"
    "7gEMbvr9hmhlKAHZy6CneoIbXQ8j2Hba1532ebfBJvEdnDw8QXOqRmYzPWOcGbEjftvkqc"
    "XZIn4EYnL9qfsg9LZd6D8bxgN/woRmwDvVzFIL3IUardcJANqciNzkTXrUJqgFnuZGk3xA"
    "m34i3AQzwwRz4wksnAmV0fEUaLYFqGAokP637m69nP+9sTSNR81dQchENm2L8jGk2ffGxL"
    "FsY5E4JXUD+9QNmGiGTOSuL3lZ/whROdz/YUGO8P5vznLw/m/OUnl/eiomXNnQdiwxwl3s"
    "LBILfVTQ8qn3J2g1hlfj3nDQKAa4S9UC/FvBneHgoje67J63gP+THG0POt1+nx31ftK2l1"
    "f97pi3dX/GF618qp1cmp0MxY5g+NzFKTGC2ZJbhLCGgtuRCGoeJpmSGsLTTYY4RCYHuNID"
    "TIdA/cPAhXa6CNEel9+bcafo2jueI/CIsIN+sQC9bUBv+xPw1yDGv7nTFUATeaYdDQNytS"
    "R/WEJ/e1axEUBsDUMGSIExjpHtcZQLDvGmuvdcO+JpxpZ4mtwTl2QWaBNtCbFNoHSwYOFM"
    "5c2FtPvTyp9WmlUPLViGDXV1aWoi5vwcTbQF1FNWrShlfGPipCduF/Xals67nd5lu0+mbJ"
    "Nz6GQL0riuwJvpbwWGu8VCsyzhupEJdJTwMDi/PhaQHZPKjKtCltEQzR7X5e7NaD9L85s8"
    "kma6oBmHeGYipE6oEEkAoHemksVV04vytBndlMDjVlMJWQsW15jNkKnSRQnRp0sM+xj9TN"
    "mSk5Q1YIOyhrb7j3FkVL236sVl+x8vIyPbHw6+eM1Db2GnP/wce/0ghvqKcDYER3LHSfj/"
    "93o4EMOfpIy/aNrEBv8HdM3aGVvU+O+ZgycUY3DnaDphia0Tetn/KSqI3N7+SR8DPKBVCz"
    "xC3UHPt7dN+kujy8QUwHsyRJYNbCJhTHSNOpWRmUfYwRURNchlNKzRvqykTFJu1/mnCx25"
    "7OkSnxmxt5t2EJ8u0iMgfZesr0eAs5xuOOpRSjnqVRl1wdbs3n3oXWdrkequRcXcFoS00n"
    "khKTB7BsWC8EappHegAFnPilsM2RiVRFbkd8mN78WAjRJJXNc7MoXdELZ0txma9xBrlq8v"
    "PjKg8zrdxF7eiNfNiGyHo15n3BBN5RIgvg56qim60Tc4B7hhZ5n9eOIdK7Sx/TwPthEGa/"
    "9LRMXYstxAi/jSFLjT3fPCYUoU9Mkc4nuR9uSzS37x6wjpada6qPMdG64O67BGEz5m84RT"
    "XcNIJdBg0tuWwJ273f3Oe6srahwgpkDaEjA2xb7RjuqKlYYfDbJVbYlTj/dSV5BCJu0tgb"
    "oKeqorWBbSZ6rHAZHV5mFLyK5Jfy7L2Ce91RU2e071Y1tiNWad1Icped6De3+YjUj39I8x"
    "G2ud/tUwv8Mo1kYADDECvD0wZgACtyfAeuL2kBYw9GkTYPTU9Pz5qSc/mTuGcz8n/7TJnP"
    "WBkZ60r+ziAjIbQLU8/g2P8ylkHw4TbWQaruZ6sjfbMHlfiqMeIapFlPW+YXcXoiTo+UIv"
    "QuRVhr/xeTj8tTf40gLuDwVfDUfjdr8F+LeCr7v9C0I++tbrdFsg/I+0HQ2/9c67I9La/a"
    "Xg9pfuYNwC7EvBv90QSZ5Fdni/SI//vB53L0lf7Du+lRwmUoPvXRuZ1COU0rhaFeNqHpM6"
    "4ZmMgqapMIk0pSbNUh6PWgjUKJE0SwlwDVyQikGboJPoiszUocCCYpbqBKFcFNbaVEPB61"
    "vaS0Kx8kc2g/PaSqJLoziFgXidKA9e1vo80nFN0U6sljmMgMuo3nVLyItpcSu2buR2EUis"
    "mjnynjDOa39W7COFNsyfpoB60Iwn8bVkjVo0uurkVY1GF8E8CVLoHJmyBCWuypJs8TqaUM"
    "9wmsvE7d7iyk3XAiHKjLJxPwJl5/ewY8wDWvEMJ1L9eSD1Jx2BBKrpEWhu8yprf/JDu+P4"
    "a/Lc7gudN+4loDjueBelgbBCfiuNk5MThbRRGjMzdmCKQgeeb28Ty84W/Rw4koWNmvClWq"
    "9i9Wir/IYx3XQL0E8FX3VHBAJ10L7stkDoj4L7vU530OmqV/32mJyL/CV0X4cDSkG/FNy9"
    "bPf6LcC+FHzOCM5Zu8HN5Weqi+XfCu58HTKdLf+uhp7Vmhibj7hPvMcQQ1cvXvTVFujV26"
    "Nxr9O7alPteOhPNcbFRD8czUQCvoFwYzqCWLwMh8lig0JYnZ1FrvtH9mtoImPZjyyBn3tx"
    "SxJ79V6cxmLbkwqn0HDm59SiRFLRJNLj2TYyCyVxCZHUwTy9j2z18xS3vnR2LURSDX6NXq"
    "8ov1bGErITLoqcT9H4peutQyT7swjsKuOIjK2qLq4ZdgAZ91NK3E+OVMZxRwcZJZHTdVZ6"
    "+udBidypxbJjbAeU+xb/5vZWHbRYSsOoS6s9hzZPXGixnCEQW0/ITKiE9+uTnOIpD5dLwc"
    "hcQrwaG/Qz9yLre8u3l8tNRueg+uGMlZY9oBozQyQf16QzGE39hmiqMQOENwIUYsNkI0W1"
    "v4JhcJdvf0DdZu7UYt0kTJCug3Siu5nHhQg3A3JcjWvvnzMNNPEILoFlRhDklW6SiQeY5T"
    "PF0DfNJQD32iPC4PbWmM0sZKtzwzGt21twhwjKKHAy/8UCNPHYq3DiMeBdXZyetNQrKFjB"
    "N2yKgyUywQuXqAl4ry9bbIEwjSegWYAIH8i0ebZTepjAgS3IpRO2plBmny0pCnbvsgksA1"
    "jokYylDp4M8wGZVhOYiDwRWXxoMlWyCLHkqmRB0nSdPR1AP0mv+goYOMvCFHLFCGMgTU2H"
    "9bQPD0V+eONkUgYROtLx1zaJa7afb5jueLx82Wrn3TpbcLyl7wmStePOcGzwwg64G7LSLe"
    "AKLIxHBOhmZ74UL6Dbd1njbIoyP1v621xfZ3Lp+bybBbvelfDYasojYbxSyJwPnECT8He0"
    "cFJOoVI67VZGWVfUabe+Jd02md55acovCndoH8mQplAgfUf1iHl9If0w0HyyN0+cbvOQbU"
    "EsN6/tFmLvAPlL67iHfHrFI1paz+sE2aj3Z9g9W0q1h5RqC0cxHyCCuTYpxWW24PR5fpwy"
    "iED0TBhipAwioy+PD10ZfSkFuXoIcjL6UkZfVh7mNdGXB66M7uV7FAjAoVSQ6dKvFmq0Pv"
    "APA7c9Ez59ifQTcHPmAWjbcDIHtgE0G+jaA6I/vTA+QQRgCR3KvGfVkluxs7gT5c9O9ykP"
    "KGSNcy6h1qvG+fmofTEuqCngRC3AvhTcu76+oRXL+TcND+qd07igHvk9/NYdnd90W8D9oe"
    "DOqHve4xXO3V85bQI7DhvSLMvZSMkQIZS1AaujUkjaNadkL6IjIR7iFLk3RJM1urUaWTpa"
    "snTp+h0kzwaSv3QpL1kMF+JS0jmqHQeksgxvVhlev67LEq4MpyjWAmoJdxbcsiZopWPupI"
    "9X+nJ/nPYVWYPzrzjq0qomDRMVgrgEw0Sx2lnUibucCj191zm+JojHrAwrv7795kBd8V7q"
    "CpIsM7PvMjPhNy/dXuK9mGttJqoX35KvoAyL/6B+fL7NQ1wXJqWdNHNUy8whs4iU7jQU3E"
    "YC03T9X4ysyuntNtUA5spK9CYjK9GbZFaiHw7EtmYLVK2Zeqkw2WEUUqe73ZEyFVKvCyik"
    "yEPZ6tIUJmzJhDhKeBiQD2QR2ETx9wht1RTbW7JQDpP95TSr74ooVjcxFRzaSHBE89djJo"
    "sxaREiqS1Zry0J+TltqS2pX4XdZkxbEp1dVfJ28+L1BNJbKJQvXXILRQ7mE9q8gDoWf8Ul"
    "9ibg/kpoCu7hUicN9BV40uy5l6KEtRLLdtt1J4zksn0NgIV+NAh64UNL507XJqp/BjpkRj"
    "OO2C0qH4ruk9FehxQn6RDlR9VtLRd+UXhEMOfzAxolqnBYBIsN5SsGWx6YdzKygIUQk43O"
    "muCN4py9PnsPjEfS5lGztDuNsCEr0O73gYH11Sd2WeZwiw0bCdxyd3SNHQ/8A0FarDlY7x"
    "fp0e7Rg8gLTCw0+KH8+KJaoe3B9e80pz3/rmbt0GC2bDpY0R72OGRkdhcdMULSom+FgsmE"
    "7Y4GtFas96sa43FnTAUjkR5m7LWvhaZt33HGSbZL+A6kuMKIiOuXhb38gjnS+ygd+uP0Q8"
    "lVrpgJOwXrFYdpKswGHoy79nIXF4M1RlVhYBnvS6fVgt4J8G6ciOsel+UL8dB6sJo06wrE"
    "LsMVnGLpjZOc9X7GiMv/xUYoQiPlyvUKxUDJsqU+MbcLR9UAzqtOjEyt9UHhgY5qS2BrXr"
    "k0vFPlqAf7I5Qmfktgiyeer8PaXX7vG458bDMtnJIt9Kqx4OoSXPXafkeVmQzlOuvFs7Nv"
    "iZcgM3wlQCsvveZBHPyG5j3EmgXTSiVHzjezDEVGvGWOoshezBZ48YgwHS3LWS6JyG6+ZE"
    "sB4OI7mBiLJcQrUTnkDXqQboHVsuOw7wSsGbkP3Pa10KbtoZrecSn5N1iBr0bDb71zqsT3"
    "fim40+91B2O1M7y8ag/+2QLR/9VQI/sRq9uMUKKTCms3G9+6A5p1gn0p+Prm6ooMCxk371"
    "dFxkWHKf60OYbDpd1nAeH2da9T1MjCiFqAfSn4atS97N1c0heI/VBwlxpcrka9azJcwe9q"
    "jA8tZvMo2DIyCwkHRHssI+xt00dbRfgRmRq5RNGqzWEyWbW5AN7UJKL+YYiKx6QzRBGiPS"
    "48N+Oiy05lzFuRDAZqkBZw8zQI8U6qkRFhkyrEjU5YZtKQ1WIedYhXKLPRT5uVBLOfDDA1"
    "jeWrqfGEgYcFYCkhmglJrYQ+FXx7+/1PpfGAVgrpX2kQtJDOf1LmRyHXURoXo25XaRColU"
    "bn67DX6fIGbn1o2ub7ycnJv5//fXtbsEqQzPIg7ayRdsXsrAnDSB51o+u/4GVv3E6Flj9o"
    "/Rj1ja4gNN07WFV7b3Kh5db4LKeebl1BcrWGqow7z/nymRKqtVAtEPUS3hKhehlqi1k4xD"
    "Wo0/EcYjQ2yEee5axg/eljwreIUcix74yfPRstGiKTUHC2mWkQYu3ymYJopA/pQHtE5ooa"
    "bqzJHE0dHU0Br1zcBBMdEjZ2ysQEz7RGC4HerQB0axaLA4jK6Xa90eh7KFMwzU4K3WpQ0p"
    "C0L0NS7Q0d3ct2r98C7EvB46+jbvucEhAptwUif6uhqD3CxNtX3cF5b/ClqMrEJWsB94eC"
    "r7uDcQvQTwVfkPGiqbX5t4I77UGn22eH/J/VGDEiPzlL9QEVyiccISrF/LSLZapxw3oHT3"
    "NNR8BCdotFalnkyQG5d4AwOesgqoSixRUeEFparDqgaTydAM6S0sgsKjWBe9eWENltyr6A"
    "ggm9ZjJiyguRxoRuSkiawDLI/sSKXfteJxOI/Q2OnMToifYuDCOLzKLTXNPoNGMenSYnEu"
    "EOlrowx0SGHjtEU4OCfDEddh6Q36dj/D5ppoQr3RD506ZrrEMk1dBP1ypjL7TpDBY5BqYH"
    "T4RIZH6rRH4rzkYn4MxWjAdUNVSKH4kS3MMkM9pINyYPaKo62Nb0ooMcpz2aCh+NtitWgr"
    "lBJBjGIhAGALAnof/wJ7CElg00u0mkUoNKmx7FAq6ADR8QLexEw8hFDpHldl7n2UdwUJFp"
    "igIn0kN5o1Q14FL2Hs4rDZ5/EYNn1NyE7Q2GPER2NAv8X3IrN9FEWzJTdSHNZpyswlGuVQ"
    "mi9CFLwizD/SJBX/HJVaWsbOEysAITS6xKbLqNJVacNlfMDTItIoITVo+AzBIVAQ0HdUSF"
    "QTY5SGRUTbWMITLZdsnKCBmmtNswJVkDR9bAqRgHkVEDJwf/EGDOgZ7MIb7f1uPOBZ0NUY"
    "d1WB8GLrIccIgeoe5sCxnD6hvtqEZQ7ZY55VWEhIypX2AoiykNGq1lSC8NjFaA8OpIe6R+"
    "OPfkKS07s+RLPhLJkFaLIZVZ8XdcPRdqm2hVQ2Q1VKnWSce2IOuYUSj7ZUCx13Dkwa/qeN"
    "QeXF9091Tw+20eceRtujSSfJlMNEO0RnohiS9CVAPTUBTkj3lA/pgO8kdZx+MwEp+s41GH"
    "Oh4jBKeXkFrqGwK+PHQ2kzVnaQUXQcO17PlX44mcopmUHIu6FUALMD/FoBaHW3SDJ7+n+m"
    "Fjxg7Q9r9YADpTja6JSTa+3K6FlT4c18DhZp6U9ToOKQAw1wk2AYsVmkjQSd10XDfN0CnO"
    "+4fIasj7H6k7hUAWSCmELNMVl/sW0d2iGKYhConoek7U247347ZQNXDz8qChSbU+9bPMqZ"
    "0X1hw5tQ/H2SNzDHW2UwlZe+/0Wt6eRuD7Ldcy9zR1reUseG09l6lmLDiXECxeqyooqWd5"
    "HLnb1poYSwFjX163W+jwK7CY15qbZy+TbdhQ4Lr/WbvPcPkL09WGlf/72dmbNx/OXr95//"
    "Hd2w8f3n187QOePJWF/OfeFwp+hLNM2ViLLFfrNmEvScKOt+CDvhKlbcDlrf2xjBOC5T+Z"
    "kyJ9Bwjnw1Ch27pAGm669pIuXrldANJFCyBMu5+yjAgYwOlCo2kTDDzT7h2TH2cVD90+sp"
    "J0l9K/ghV8rlmEiGqEeBQti7NFtk3TPvFEcuTAXLNsw1x94legjZmlmGxF9DhiVAtpKq7g"
    "3uJOCcHGkpV0NEQlc44WyDmKppqt+tUa5oYjSk6UOqdTqPe3sbPZVyiLBrljC0x0w6IMqG"
    "YRthSvALtzcIdmZGlgy4fr/AXIVmjagtomm3ezYzUGWkBNVy3n7j9oIlAJpkeHJwiPN0a8"
    "cXv7p0JWBJ4T9OTkhGcBnZmxA1MUOvB8e0s2i8XSXoEFWWX4tsJu4xXZNp4Mcyr0j9/tpQ"
    "4c087nBE3QWnwmeVTHO43KWKl3MiwmWtDnN9XNtkoRudwzC+yZPoBsvVf5eu9vgwW2z/Ud"
    "7W8n/XBWcJGlih7vAcC9QVhqmjotYzOkzALwHk6sONqyv50b2tzhKroiJgjlolj+XsUXsw"
    "0MoVFKGWpcHdNn0g3SWU43TCAQpZQW7woPe8Li7b2hd6tiSv0EnQwxT+5qfvbmQtDGqKTN"
    "ZJ35O5iLJdhr6x27n3htC5dszTKBeDN3azNIvDrmUc32vGMRe89LMIlEdY8UHO9kYkAuCd"
    "8/NuhnziEJB0ie+yV56jQ47EHVmJko/bFNGiBJXiVR0nRqJOKgGyYbOZrEteUHvrKhCOoa"
    "uRPAH2a3cbxDt5k9Nw3nfp5oMfM2E+FEIsfVxEA957Wh9TX80Mg2orEmzdxWNN1rnsuZgs"
    "mjlIT6PtDUri6QLQCBCfHUWADbeEC4CZgJakra6CsALUBVyXNozcUycTndSitXtaxcbMhU"
    "OjxJcDOS5EaoyokyOizMOy71hn4uNSKHbKIViFDWUF48XvkwqRaYQY1rcArn4BVQ1sYtqT"
    "QR0c23WvwlihBKzVqVXyFjSaDfZIwjhEczxo0LzbRsYDmTCbKsmaODR6hrUybMgRdhnyNg"
    "IWSBpznjm5jhYeIQTmtB/vBHJ4zWyyTrtoP+azz7ZGLY9MX8OPW6eRLDyqxfMuvX4VUqJW"
    "b92mWkiFduU6jh8KvgZWk2gkb53IKnzsQGMLxR6boFXkCwQIh62wLTMBZNGrJtOCb9nhs2"
    "0qmz20qwIZbTpdRjVEuPIRNj7jYxZvjOEjCnVyqIkdUgH00W2yNLFUiOtByOtELG8EMP8m"
    "550nQrbGGmdFs77JFwplmW2BGZ96NeZ5wvI63L45aTjLZGiD8nU9AG9s8SU/duZ5k+BvDI"
    "nVolgObKNb+5vdUJrT1Iij5s6RJjGNm1kqP6I9w6hwjptQd0k6Z6TBxVb/IEAFT1Gaon4a"
    "X58sJENYvHg5oLNBUJleVfhMaY9vAjNDWIbfBiMkfUiAHIJSz4iF7ywq4QW0+kdzYi4A7p"
    "Bg0+tY2g6Ksf5oqntHuo4CUyX3nXZ3SfmDnf7Ymc9e9uAjE2bNJI16mwTOhCpT44bXras5"
    "Ccz/cOmfjsoIZ+IqMJlsH0YAGf4HiDBDaNiku83lv0c+BwhMmcpZIkw+GupnmHP0F4xNNg"
    "yH5BHfCn8VZdBsUvZMllj2qxpU83JlBHLcBGnA8w+YHJAsmHtu1MHDIPnsnoJneBHV7nwN"
    "NIFvIp2ZVBqnXSoa6vWoc/QyH+JkxSZYUO8xGNsJVk7YM2CNKcuBxmYtnczwvnCQ+FwI8S"
    "VRn+qujT4lz/5uq0kDHxyCDOq0mLzq71aRZ9p/VyrOeV1QFtvpQUo9xw2MIr8ubluBbIsu"
    "DWlbgueS85xm5P7mx0AOgWuKB3EihFIPjthmyeveEAuA8OoPVgNYFh0oRb7cH1791RcIqN"
    "UTLdTYV0W2MEFw2BQosdb2ZpsWyvRQ7NFW3LMliSwbUt8KTZc/CE0IO+8vU6PB2BhlmYhf"
    "GEAeX6wB+GKLVBGR1Kx4dq6XVo/FMC1XS/B7d57UI2yq++Iz1KfHBPz/KgS1qlwsvORfGl"
    "y4pKl5UiIEeI9uhNcjPuFFQ6VSb0COpPcGWp1IdbwGtkJWiKUcrcTAVyM3m8fUomw3S9a4"
    "LwiPWuTLm5MJje/Pt3pfH6763Xr7mq/JT/pDahk5OT59tbz2BGOZRfrCwuprReD6BTTUjO"
    "eUQFN0H5dpJC7tT61YxtKp27D0titLJTGWH/dUtILQzy9x4yHtJPXzFRGH8okXU8aJ+SJA"
    "P1GYEnJeWKz/fnQ7q4xme/SGDz34sMkS1ok0NoI0g+kvnEQ6ygbcPJnIjCthE2+5uZtYU3"
    "6IM6C9zeet4Gt7d/u731HLXYn4muEYmPjPJiSeYzWRihm72OWfSpbgSyXulfmvl6qZHrzU"
    "xjoeBwAlnmvsB8C0jP1J9AwxPdmdICyHgKyAoIaeQ/a6XZ9LyJFsYjmraAaTzxmgqsCoPF"
    "ul00gWXwJiwzNu+V3Imrq3F9JiBhQ9i9uMoc2oh8GxlV12Ii6feGhwxtz2p5LZ07XZuoZC"
    "y1R81eUXMKIfoecQjMbBhFNLO5lIj3KRG7M1osVnSxs0is5lG7ZUBeZVGu0bm5Hg8vu6MW"
    "8H4p+Go0/NY7p8e8Xwr+PBx/bQH6mdPwEhX9ckl+GYJfQu5LzQmdLvWlZ4M+xgiCPURrOC"
    "ZBZJKiGFr/CoTI94h3b3AxLCphUJoWoJ8KbneoflkddX+76Y265y0QO6Dgm9GX7mDcAvx7"
    "k9chlyIkQw+SVIMQAWFpYHE+tnWFE8OUxxPxTk37zOPQdY+huzwCfM6RhbcZHzfCjkDTpD"
    "wKBO4zv7pbAfpgAheckjuvcaw7efltZ+NtMqDe4xIxvOoOii4RlKYF6KeCf2/3xr3BlxZw"
    "fyh41L0e9r/R1cL7pWAiwF/TI/y7GssE4y03KFlb9Wq1jWtE+iYTDPACy957S2/eswd+4g"
    "WY0U//iCsj3N56zwj+C5yKPPJK733XGW7oFcOyQ8E9QUQvXcSqsizncRELC5EbvO9Ryuq+"
    "9mMvPmFmmN57Z0UUEhbZt188apZ2p+lkMoN2v//yE3jNFA30boGDbU13HWxNy04pAVn+Nf"
    "axBAi0CJusBOJujoZVLCUou0Lvfy62THoG/xWXfWhZ2j3LX0Y9c4p5qQppZYr55NLqAxUy"
    "PBTFOEQqIU5CfKhUWjWHNWpsKIaukFaCnB6TU7S8R4JOgisA1zXAFYQ2SiWBTQLrWoCL4R"
    "olkrBWqRxNDYHNCBg6RFLIiiGcN/AkIydkkHhHsDSUgG0v6Kme2EYXxBzYhh1KtgS33lWU"
    "Ylt4DmgPl5PrSCHOl5IrXZ6QQOedyyJRKgfcEe1BCWh7UWb1RFmka0kpvZauQpPrcl6Uw1"
    "rDHDAH0q6EeN1yEVcMFC4geLh44arp/nPl+6P2AXUBzQehP38RoEakp0vWUZ2w2mlENHPW"
    "HkOdmWdS/Oz56eZ6Z3vV9luudbm/dhZW2N8LTq1fuIuHFXX/sJglmHqHUQPwCjygFTP1Wn"
    "Py9ALnkfL6FWbIc2NxWSuZHe8vG0V9aP1OxHPtYx7PtY/pnmsfk/7ebHonwL1ekBc8PfGO"
    "R1SnnDtvzj689ycu/ZM1Z68v2/2+QC3JPTpsg6yPgh1Ou09XTcYoK+sbVBTWv5+dvXnz4e"
    "z1m/cf37398OHdx9c+yMlTWZB/7n3pDWIBv4LIXhvOZpsMQIxQ4p8f/wJhs7tkcZi0IuBt"
    "PCkmnalxvBbr4wcxgJOJ4WD7BHyhOXPoX8K1s+S9vMIuj6OLhgM2Ac3UCwPiBDdTZscyCU"
    "y12Be0gJpgNUpnYHyC2iWCOXuXJ4MGaZXufP8ukUND5oLZbbzacl4wD4xPsBHCFVMn7TqT"
    "Ec81LIZ3faBPQL3HQB+ecaaIQzkN8kFYwRcj0qGp4PNuC0xRfBfMNcPzzO/02X3UeY66jk"
    "k4gL9dQVOzio7AhWGyuDmL6T7oE7A0cugV3Wss8KLXHrQBRUVUpbYY7Z5TKJnG5q+PR1vl"
    "rUAYS854xBZnFYPIcvV63L64COLL+X8Fj0ftb92+eknG6QvtJ/pfwW0eecu+yL/zyx55X9"
    "kX+Tdo9/9Jr+X+2OilLT3iTrPUR20pEPGyUmYFRDJbVoFsWSxARfCKZacn84n2iLXH2B4t"
    "1DK8JH1FqW94iRFyzyjm0SiglF6Na70ajZg7jPSuyWEuF0y1LaoL8qxZC5rneDtTcNvvqD"
    "7Qi2J2ZB3G9XUYJ3OIt3bCCOff77AOazqx6pnjvlyMDMe+M36qhF9bbInTkPXUIx3VFCrp"
    "3ZMfK4Tp3U9VC+kz1cspDJfLrSuh6jO3MEt7uazpPAv8T2Xi3TVQEcbVtCVSOZDywyAkVF"
    "t7Jka3BIqp5ywoRnSI0dggH/k2BmT6Xoo1Ajct+3WQtjkCXeHc1zlDEqplOs6QTIW5r72H"
    "jOe+DqcQj2a/DoUwxLNfhxJjb5X9mmt7Mh1X2sjUJrT7hOuKe6aZ5bwCgzbr3FfSkZcuI9"
    "VyGaHpxYXKqXSjZIikytasjR1H3uVyHHmX4TjyLlF8ZSmwIKUj7DavIbqnudxGTjPcRk6T"
    "biPkirYw1CujrHVAsv/CKrvfyUTgHqJ4SflemM//DxWiKoI="
)
