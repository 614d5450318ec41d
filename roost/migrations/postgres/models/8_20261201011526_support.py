from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "support_topic" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(40) NOT NULL UNIQUE,
    "labels" JSONB NOT NULL,
    "complexity" VARCHAR(10) NOT NULL,
    "retired" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "support_topic"."labels" IS '``{\"en\": ..., \"fr\": ..., \"de\": ...}``.';
COMMENT ON COLUMN "support_topic"."complexity" IS 'SIMPLE: SIMPLE\nCOMPLEX: COMPLEX';
COMMENT ON COLUMN "support_topic"."team_id" IS 'The team that handles tickets of this topic.';
COMMENT ON TABLE "support_topic" IS 'One topic of the support taxonomy; retired topics are kept for the chats that had them.';
        CREATE TABLE IF NOT EXISTS "support_chat" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "waiting_since" TIMESTAMPTZ,
    "taken_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    "rating" SMALLINT,
    "rating_comment" TEXT,
    "rated_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "escalation_note_id" INT REFERENCES "message" ("id") ON DELETE SET NULL,
    "provider_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "taken_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "topic_id" INT NOT NULL REFERENCES "support_topic" ("id") ON DELETE RESTRICT,
    "thread_id" INT NOT NULL UNIQUE REFERENCES "thread" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_support_cha_status_aa6fcb" ON "support_chat" ("status", "waiting_since");
CREATE INDEX IF NOT EXISTS "idx_support_cha_provide_247e38" ON "support_chat" ("provider_id", "created_at");
COMMENT ON COLUMN "support_chat"."status" IS 'QUEUED: QUEUED\nACTIVE: ACTIVE\nRESOLVED: RESOLVED\nTICKET_OPEN: TICKET_OPEN\nTICKET_PENDING: TICKET_PENDING\nTICKET_SOLVED: TICKET_SOLVED\nCLOSED: CLOSED';
COMMENT ON COLUMN "support_chat"."waiting_since" IS 'When the chat entered the live queue; its place there (kept when it is released).';
COMMENT ON COLUMN "support_chat"."escalation_note_id" IS 'The INTERNAL note holding the escalation summary.';
COMMENT ON COLUMN "support_chat"."provider_id" IS 'The provider the chat belongs to (the thread''s, kept here for row scope).';
COMMENT ON TABLE "support_chat" IS 'The support-desk state of one support thread (one-to-one).';
        ALTER TABLE "thread" ADD "kind" VARCHAR(10) NOT NULL DEFAULT 'BOOKING';
        COMMENT ON COLUMN thread."kind" IS 'BOOKING: BOOKING\nINVOICE: INVOICE\nSUPPORT: SUPPORT';
        UPDATE "thread" SET "kind" = 'INVOICE' WHERE "invoice_id" IS NOT NULL;
        INSERT INTO "support_topic" ("key", "labels", "complexity", "retired", "created_at") VALUES
        ('ACCOUNT_PROFILE', '{"en": "Account and profile", "fr": "Compte et profil", "de": "Konto und Profil"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('VERIFICATION', '{"en": "Verification", "fr": "Vérification", "de": "Verifizierung"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('PRODUCT_MANAGEMENT', '{"en": "Product management", "fr": "Gestion des produits", "de": "Produktverwaltung"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('FINANCE', '{"en": "Finance", "fr": "Finances", "de": "Finanzen"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('PERFORMANCE_REVIEWS', '{"en": "Performance and reviews", "fr": "Performance et avis", "de": "Leistung und Bewertungen"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('TECHNICAL', '{"en": "Technical support", "fr": "Assistance technique", "de": "Technischer Support"}', 'SIMPLE', FALSE, CURRENT_TIMESTAMP),
        ('BOOKING_CHANGES', '{"en": "Booking changes", "fr": "Modifications de réservation", "de": "Buchungsänderungen"}', 'COMPLEX', FALSE, CURRENT_TIMESTAMP),
        ('ADVANCED_PRODUCT_SETUP', '{"en": "Advanced product setup", "fr": "Configuration avancée des produits", "de": "Erweiterte Produkteinrichtung"}', 'COMPLEX', FALSE, CURRENT_TIMESTAMP),
        ('PAYMENT_PROBLEMS', '{"en": "Payment problems", "fr": "Problèmes de paiement", "de": "Zahlungsprobleme"}', 'COMPLEX', FALSE, CURRENT_TIMESTAMP);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "thread" DROP COLUMN "kind";
        DROP TABLE IF EXISTS "support_topic";
        DROP TABLE IF EXISTS "support_chat";"""


MODELS_STATE = (
    "eJztfWt32rrW7l/R4EvTcWjeJr2sbnrGGYMS2nJWAlmEtHu/ZQ1QsBL8xsgsX5Ky9+l/P5"
    "qS75aNDQaMl78kxtaU7UeyNO/zP42FrhDNPG1bFp7NF4RajRb6T4PiBWEHkqtN1MDLpX8N"
    "Tlj4TuPNcbjdnWkZeAY93mPNJOyUQsyZoS4tVafQvk2RvdR0rBAF3asaQSfsMiHUnOtWE1"
    "1ffH7ZRKalG+zy3QrNdGqxrtEcm/MmEvdiVywd6ZSgBTFN/EBO4c6KPmO3VunDLm9iU/Uv"
    "m0ws/YFYc2KwW/34k51WqUJ+EtP9uXyc3KtEU0Kwqgp0wM9PrNWSn+tR6zNvCM9/N5npmr"
    "2gfuPlyprr1GutCogfCCUGtgh0bxk2QExtTXPGw0VdPKnfRDxigEYh99jWYKCAWjyAf64x"
    "mfQHo8lNdzSZNGKD6FIEIHdOMShhArBHNfnbP8AjvDo/e/vb2w9v3r/9wJrwx/TO/PZL3N"
    "oHRhByePqjxi9+HVtYtOAY+6DC2PLjGLSdOTbk2AZpIgizR48i7OKZBrF7wsfYn/v7AHmB"
    "f07YOz1Yc0D29esUSL+1h52v7eEJa/USbqmzj1V8x33n0rm4Brj7ODtfiAAqB9ZRugrifZ"
    "YJ77MUvM/ieJvqvyU4Jy4XbvP1C8YxwFvImhHAco7P373PM2t9igrO1/dvM0zX928TZytc"
    "iiwOBgEwJtiKg3zBrljqgiQsDyHKCNiKQ3rqHhwj9OwFlQHVVs6+mwL9qHfVvRm1r67hdg"
    "vT/Evj+LVHXbhyzs+uImdP3keGyesEfe+NviL4if570O9yeHXTejD4Hf12o/9uwDNh29In"
    "VH+eYCXAIrhnXdRCo+6wRZNcfE2YaKPlynm20oxwwauVw7Ya+XCNUNXACmCBGb9/lHKOLm"
    "JxkD8zsUB9oL+TFce6x54K05lsf3UkpVuTZNkWSobvL3cOuWf9RzTwsyfARKcWe3320sTi"
    "ALBnQP3by8uGbGUoANkrv6dqghteD0PYdto3nfZFt8En8R2ePT5jQ5mEZjNc0c/1yBmvbf"
    "zS4nwRPYMpu7/ivAg8tiv+24pqdallrBoy5YB/tZmqHIB2E+I1XKsdGDCBGysLlarQEs6i"
    "2RzTB9b02VAtJkwglSImeyOTPRHDFFOTdQjtsMnPi+ZItUyi3cc1A0XfYEzHdDrV2Sx/wp"
    "pNzOkUYaqg6ZSSZ//UAi857RcDL+d/XCKA00T6faBDUFTAyDhnx9TCxgOx0AlGhv7stnU7"
    "gA+F3US04Z/NdPoSNBb/92bQR+K+HxFGDofFu5hjc0ypjtjDOi0y6jR+NAL3EePLf7JZ+2"
    "et79invoPNRN2YGLqWSwoPU5VZpmmM2Bznj/vCRPDA6HnOvkj4AOkDOmHzUzXE+QVeuV+i"
    "xh7beBn/1Lfsa42WJZOSJUXHEpWixCKTc1gditIP6cK2+FrbROT04ZQtXPYSpDrgnKZT+c"
    "itJ0kXc7MM0PvkAXofG6DIGph1lCJkZR6qTTUKu4I61xYSoqkVYRLR0mdS4rAC2yDHNUwV"
    "1dGoMwv9P6QxZmpXADf+971NBQN2Z6saW7zNU7jt/2nslneXYQoohdQz7iQ+uWr/Mzq/O5"
    "eDT1G9C3TwKTIsPqOYZ1jCVPWwFD4stVYzeWGqrlZTsMq5Np4gSa14W6t443DVWrc1iqHg"
    "pEpQuR1GL/RJ1x/FC8aUQu6lZppG6C7QaL2vCILmREFsrJ/UGWkxEU5vsj/YanJpronudQ"
    "PN9WcmLszAd4MqoJhBIEBLvEK27k6iK/nRMHXbEDOV/GTSI8XaxCD3xCAwf/+M6VKWhv6k"
    "OppnNskNy4SdgjX70ZjZpqUvYpdqHcs+dSz+2MWwTZbyQkTFyHiHBTkk4b05zyDhvTlPlP"
    "DgUsQoz4R7W8LwAsJdai9im0DYQO9R70+cbgyuRz3BZ+bRfgiqFhL/x7TDGPre8Kp70ULe"
    "ITvb7ne6l5f8rHsIba+uL7sj0dY5jC5q2VyCilZW+YtTTt44RFhB1vhIWGEXk1RemFBlky"
    "EOkNUDXOoBhiGY/Fun+fSZQaI9Lr+3o07etRfUyE+E2uSFieCxETz2R+StQZy/c6YrwgZx"
    "XYJVitjd5GrpLfvbs2sWA8RSKc5rWYiQ7XGUd6U9ivhsZtoRz1K2xLP4nrhks0CdqUtMLQ"
    "alTSULZyJvLqXdnxL7rNSsemDB0i0mXC0NVcacX5CZusBawqoVpoxuTIL01OmiWtvSRbfT"
    "u2pfsinbFBw624JUoUxwZ/pbicP3YqGapnTdSAU6THgYnF8fC8i2ATLjKs/SHKTZ47rcvR"
    "3uZ2l+k0XSTBY0oxDfG4RMZiBEMgDgySZscVW1vDxtSjcF8Ljl1FFWgsXV7++JMYFFicDb"
    "xYZ9RH4mbMlxygqwQWlD2/3nKN2I5o3s5aD/xW0etaxFnFoo1laMs2E4Kvnsm3HK47VxNq"
    "bT/8BroEeyagnXu1/TaROOVIW75+EHNkSmJdwBNRWCEdnMY+zgioka7DYqVaEvMy6TFNv1"
    "gW2uEv15jq1RTr3RV7ufFZkLlI5BBJkr0yILNib6M0XeGzSReAa0JAYShga5XLpZN3WkUF"
    "k23Qrb1IXj3iajHqasR70soy5hvZynD3zrfK+ZOHtNPpcKKW3tWxFXiLgG45zwhqlqZ0kJ"
    "sq6VPh+yEaoaWVk8tnC+yAdsmKjGVYYrZ+tywhqkKfECy1lc9srdL8M22NERnnE1OQ/jiP"
    "C+L5mogy30bOgWQYHLTaTe84QuiqrEeOiDuMIFPYG29IYbGA+YqqZnsjmybyGrW1xkfQ15"
    "xg0ZxzLsdUYN2WpTAMQ3fk8VRTe8yGYAN+ivth93zmOFNsJyZcE2xAPvf4koGeecGWiZ6J"
    "BlnfCcOKvkl7zzfXMnN9h0+QoyMwlDnuw0HUwqBhNABIRKdNafHPLPvw+JluQjEXaJ5lOn"
    "wzus0BoX8TTBiqZSMmHQUNbblsBdON19F71VFTUBUFL0Vx7A+BT7Bh1VFSuVPumMO9kSp5"
    "7opaogBRyJtgTq2u+pqmBBAo+Jy/Sy1eZxS8huWH+OlHDJeqsqbNYctNZbYjXinZSGUdoe"
    "oT0EXQXZiOT4qwizsTYUaxLkdzhFpiw9TsIM/R5hj8/jPQkrdAvSzDQRJc9NN8oK4qvY3N"
    "Hthzn7pc7mvA9KNHmWnqJvUOfuLVeclZdYII5tildOkKjEpv3SeuR4eQPyoB4iqkQGk33D"
    "7ixEcdCzBbwFyMsMf+PTYPB7r/+lhZyDMb0eDEftyxYS/8f0pnv5mZEPv/U63RYK/mJth4"
    "NvvYvukLV2jsa0/aXbH7UQ/zemf9wySZ7H07lHrMd/3Yy6V6wv/j+jYn/H8XFOSrdNHF1C"
    "lLXLQ1lcHurkEXtkGnxIXR41F6hhotpYLMHVd/zMB22MrkZX5jwSCOfK5z8SI6wXhbVm9E"
    "BKkS1tN4EMJkc2g7PaSMJLozzhsHydKA5e3voi1HFF0Y6tlhkMkcuw3nVLyPNpcUu2bmT2"
    "ComtmhmylNd5qKqQhyq6lqxRi4ZXnayq0fAimCVtFcwRhaeNclSWbIvXyAzicSDDlNO9KZ"
    "SbjgVClq9q437kiap8D6ZHsoqlpqrVn/tUf8IIxFBNDm5ympdZ+5Md2h2HGbH3dj7orNGG"
    "PsVxRxmOG4SO2fG4cXp6OmZtxo17I3JCIYETv6bT2LKzRT8Hjh/koyb9qNarWF3aMn9hXD"
    "fdQvB3TK+7QwbBpN++6rZQ4MeYXvY63X6nO7m+bI/YtdBPRvd10AcK+Dem3at277KF+L8x"
    "veAEF7xd//bqE+hixf8x7XwdcJ2t+F8OPas50zcfcY94j4Hdjl4876ct0au3h6Nep3fdBu"
    "144Ec5xsUgf9mqQSR8A+PGNIKpfBkOkkUGhbE6O8sX4p3Zr6GJjeVlaAn81Itakvind3IW"
    "ySgSVzgFhjM7pxYmqhVNMj2eBSHlefi0AEkVzNP7qC07T3DrS2bXAiTl4NfgfpXJfM+uJ2"
    "j8kvXWAZL9WQR2leepjngsL64pdoA61KuQUK8MhQejjg51lERG19na0z8LSuxJTZ6TaDug"
    "nK/4D6e38qAVStgj9Lo8MoqnixVFJjE1n4mRMUx5Vz7JCZ7yeLmUjMwVpquRDn8zL7Ket3"
    "x7udxkdA6qH05ZafkLTiJmiPjrGjCDieI1JIrKDRDuCADEusFHCrS/kmFwlm9vQJ1mztTi"
    "3cRMkI6DdKy7e5cLkW4G7Pwkqr3/lWqgiUZwSSwzkiCvZJNMNMAsmykGvjSHAD2oT4Si6V"
    "S/vzeJNZnrtgG1We8IQ5n4TuYvTATpHl8F0z0i9+7yAMhC7wAVZW/9bF0nXpSk6PVliy8Q"
    "UNBVNRETPohhiRzTcDpYr5avKcDsm6KgrPOUTWTqyCRPbCw19Kwbj8Qwm8gg7I3Y4gMprN"
    "kixFNaswVJ1TT+doj8ZL1qK6TTNAtTwBUjiEFtajqsp31wKLLDGyWrZRCpI534bOO4pvv5"
    "BumOx8uXr3buo/MFx136njFbO+50Oxz5zVY6KK670J/Sy/Ru32WFc9jWWROTv+bqOpPXns"
    "+7WbAXxDQZx5oP1zBRiU0lfDUVkTDIeWjBB86wwfg7KGdXjtxXtdPu7px2nYEvANsrv6ej"
    "nd5ZaTYcnPDSUCofyYCmUCJ9h/WIWX0hvTDQbLK3KFdhiZBtSSy3qLgZzBXEfkIuoIBPr3"
    "xEC+t5nSAb9v4MumfXUu0hpdrcUcwHiGCuTCGHOod38jw/ThlEInrGDDG1DFJHXx4funX0"
    "ZS3IVUOQq6Mv6+jL0sO8JvoygzvRLmVgN9+jRAAOpIJMln7VQKP1gX8UOe258OlJpB+Rkz"
    "MPYcvCszmydKRaSFMfCRy6YXySCMACOqzznpVLbqX24k6WMj3Zp9ynKEZyPSy84XKf5xkc"
    "yt+cJxf8PI+FBFnYsiVm7owxQR71HpUEF8P251FOTYEgaiH+b0x7Nze33YsWEv8hPKh3AX"
    "FBPXY8+NYdXtx2W8g5GNPOsHvRG0F79yijTWDHYUOqadobKRlChHVF1vKoFOJ2TYXtRTAS"
    "8iFOkHsDNGmjW6mRhdGqC0av30GybCDZC0aLQvF4AUUMJFN0fY15n7Qufp5W/Nwr5bPEK9"
    "3Oi7WEuoY7De66EnOpY+5qH6/k5f447St1Zdy/46jXVrXaMFEiiAswTOSrnQVO3MVU6Ll0"
    "nOMrgnjEyrBakAIq9PBeqgpSXWZm32Vmgl9esr3E/TDX2kwmbnxLtoIyPP4D/Pg8m4e8Lk"
    "xCu9rMUS4zR51FpHCnIf8xYpgm6/8iZGVOb7epBjBTVqI3KVmJ3sSzEv1lY2qplkTVmqqX"
    "CpIdRiF1ttsdKVUh9TqHQoq9lDVZGtKELakQhwkPA/KBLAKbKP6esDUx5PaWNJSDZH87ze"
    "q7PIrVTUwFhzYSHNH8dZnJfExaiKjWlqzXlgT8nLbUllSvwm4zoi0Jz64yebu58XoS6S0Q"
    "ypcsuQUiB7MJbW5AHY+/EhJ7Ewl/JaKgB7zUWANthZ5Va+6mKOGt5LLddt1JI7ksTwNgkr"
    "8aDL3gqaV9p6mziXcF22xGc454pqmEWpNAdF8d7XVIcRKGKDuqTut64ZeFR/hzPjugYaIS"
    "h0Xw2FCxYvDlgXsnExOZhHDZ6LyJ3ozt89fn75H+xNo8qaZ6pzI2ZIXal5dIp9rqI78td7"
    "ilukUkbrk7useOB/6RIS3XHKz3i3Rp9+hB5AYm5hr8QH58Wa3Qdv/mO+S0F//LWTvUny2b"
    "Dla4hz0OGZvdeUeMkbTgqxhTNmG7wz7UinWPyjEed7oiGYnkMGO3fSU0bfuOM46zXdJvIM"
    "EVRkZcvSzsxRfMqb2PkqE/Tj+UTOWKubCTs15xkKbEbODBuGs3d3E+WCNUJQaW874wrRbw"
    "JMh9cCauu1yWJ8Rj89FsQtYVTB2Gy7/E0xvHOev9jJGQ//ONUIimlivXKxR9JcuW+sTMLh"
    "xlAzirOjE0tdYHhfs6qi2BrXjl0uBOlaEe7F+BNPFbAps/8XwV1u7ie99w5CObae6UbIFP"
    "jQdXF+Cq1/Y6Ks1kKNZZL5qdfUu8JJnhSwFacek1M6HK7o1FjYAZu8m25TDs5VI3LCY+l2"
    "cScjxddQ/XhKK5rimQrQ8Uq877wypi2osFNlYHroiRanwbGA+YqiZOKkQdut5MM8Pp0ZYZ"
    "Sk67EXHo5IlQGDuTjbemEuMlX2iRUI6gmb5YYhrHcbMeaqfLclnJ+P8YrCmZJZz2ldBV7q"
    "FW4XGZUDZYj6+Hg2+9CzCRuEdj2rnsdfujSWdwdd3u/6uFwr/LoaT34oG3GaFYJyXWHTe+"
    "dfuQ04P/G9Ob2+trNixs3NyjkoyLhhO8lTMMh0O7z/LM7ZteJ68JixO1EP83ptfD7lXv9g"
    "o+IH4wpl3gb66HvRs2XP5xOcYHSgU9SbaM1DLNPtEeizS72/TR1mh+IobKbpG3JnaQrK6J"
    "nQNvMDhN/q3LSvMkM0Qhoj0uPLejvMtOaYyHofwQEz/p4uZJJqKdlCPfxCY1nhudoMykEr"
    "PF/RWJqP9mkZ8WL7hmPetIMfTlK0V/psjFAvGEG82YpFZAn2M6nf74z7jxSFZj1v+4wdAi"
    "mjgE5mfM7jNufB52u+MGg3rc6Hwd9Dpd0cCpvg1tfpyenv7568/pNGcNpjqHRm3FDrXLZ8"
    "WOmZ2yKHMd7xA3N+Z2yrTsKQGOUZvrCELK3sEq23eTCS2ngmox1YorC5LQPu9fkb0vzQlo"
    "sj0NKiiv4U0R21V19v1AUt4TP1rhhdlEj2RpoTkxRGZfKOdqzvQliRdI3AJ0R1U7qVMpZF"
    "zxjBqqtVAtCDi+b4lQtXwP8pmV5GXVk/EcUDLS2Z8se0jOkurHhG8eS5xt3ek/exZZNGR2"
    "OP9qM9UKx9tls79B8BrrQH0ixgqsZeZsThRbIwoSxbibaKZhJjsoXDZzrcVQ2/ZuhbBThl"
    "seE1dMt+stdT8Cya8h4S52CpzV1rt9We8qb13qXrV7ly3E/43p6Ouw274Agl6n20Khn97V"
    "z+3+4HbkXRU/x/R799PXweD3FnIOyqFNP8Lc89fd/kWv/yWvXsshayHnYExvun02TPB3TD"
    "+z8YXs8uL/mHba/U73kp/yDssxYkzItZeTR5IrpXaIqBAb4S6WtcYt7x09z1WNIJNYLS6W"
    "mOzNmfCxQoSyqzYBTSHUF3kkZGnyAplMFjlFgoUFlxwQbdGDY/AJ7U5F32BMGb1qcGLgnV"
    "hjRqcwkiYydbaf8XrvnuPVDFNvQ2QXKXmG3qWRlKFZdJZpGp2lzKOz+ESaW9ZykvT9J+6M"
    "Eaqy+/1/HY2ukXhcEaLvrL4woi9MNjymBQVpyIKJtidwD3Yn3XHpbCJy+nAKYf2MX2EcSl"
    "zQ3dEtdh1MwB5Fk+bXSbEyBWgqUIw0YmHK8nW9T/643sedCPBK02WxBMn2pABJOaxHlcpW"
    "7nyAeVa6IEmd2y+W20/IWzE4081WPlUFTVZHYqJyMUmNtNT02SNRJja1VC3vIEdpj6a6Ua"
    "Pt6B+4S7fJeUNQc/M3gV/0I1rCdq5aTbaB66CWcCkWeIUs/EigqB2k0JC5KxfbeZVnH8Nh"
    "QgxDFjSWnMYgTFUBLmXvqQxqd4S/iTtC2BhMrQ2GPEB2NAv833Irx3dMsMyZMyFAUmYJ//"
    "tcNwlaEsPUKdYQqKnD8rdjYDDRCXta0wnSWoAeZkY0k22nWY3XRbPPBpmpS+7dk2tgomQl"
    "HpyDSSbP5G6u64/5gA0TlRhWrnJynjYy11XTtbyBBlPf48xOSargzdj4YNTh/6Eg8Oi3vT"
    "6vgjMNCkD2u99TKcDdYpbnJN1wsMLrRYYUGHfSipHH/QnsZP8trNNNs3AEeJ/ciRh2Gax9"
    "DTk72RKB+aPHfESCl5tpTiLLSMMskdp8MEAFAWhDB0iFNBmOs600NDsDSR2LXS5vjroATs"
    "GsaB3cvtvg9rouZV2XsmRcfEpdygyVFnzMBdCzOaYP28ZpOKDzIerwDkvDQRbr5y0gesKa"
    "vS1kHKtv0FGFoNotcyoqe0oZU6/oZxpT6jday5Be6ZSsEJOXCZPlFIQf2FuCk01KGcZsJD"
    "VDWi6GtK5UtdtKVUusbmLtC5BV0NRXJdvPgq1jeq6M9D7FXpPY9H+fjIbt/s1nJw3QzuWR"
    "t1nEkbfJ0kj8YzLIPTEIlcVFJcMdIqqAy0IY5A9ZQP6QDPKHurbeYSS+urZeFWrrDQlWrj"
    "B4kDUkfHngaiprzlN9L/yGa9nzr/ozuwT5N20T3N2wiXjghF8fzymEJwpSgX5Yv+cnoP0L"
    "E2FbUWFNjLPxxXYtrb5nOxYWJxt8XUPvkAIAd+njEzBf8bcYXa2bjnug4E14/wBZBXn/I3"
    "Xzk8gCMeVYXUJkF18R7Bb5MA1Q1Iiu50Td7Xg/fhNlAzcrDxqYVOt9Ueo6N1lhzVDn5nCc"
    "PTFGWOM7lZS1dy+v5e0hhZDXci1zD95Vpr0Qka4OU81ZcCEhmKJ+rJ84ynQ5cqctTxkld9"
    "oqptstdPglWMwrzc3zj8nSLSwJKfukPqR4PQfpKsPK/+P8/M2b385fv3n/4d3b33579+G1"
    "B3j8Uhryn3pfAPwQZ5mwseZZrtZtwm6Wpx1vwQf9JArbgItb+yMpsyTLfzypVvIOEEzoNc"
    "FO6xzFW2DtZV28crpArIsWIhS6V3hKJ4qwslAh75NO79UH2xDnrUDywbTSLoX0P6ZjeqGa"
    "jAg0QiKtB0/8QSwLkoWK9MPsxFw1Ld1YfRR3gMbcUsy2IjhPONWiNhWXcG9xpoRkY0lLVR"
    "+gqjPV58hUTxTVmngV1Oa6LcuumDinE6j3t7Hz2ZcrDRh7YhPNNPBMt9giwdhSukL8ydEd"
    "uWdLA18+HOcvyAZjWJJ6g5t3s2M1BllgVZuY9t3/kJlEJZictSRGeLy5SxrT6X/GbEUQme"
    "RPT09F7vh7I3JCIYETv6ZTtlksltYKLdgqI7YV/hiv2LbxrBuK1D9+t7c6cK4VMScgrX/+"
    "meRSHe80KmKl3smwGGQB729MNtsqZeT1npljz/QA5Ov9RKz33jaYY/tc39H+dtLfznMusq"
    "DocV8APeiMpYbcrymbITALyH05ueJoy/52bmhzhivvihgjrBfF4vcqsZhtYAgNU9YpMMpj"
    "+oy7QdpLZcPENmHK2uJd4mGP16J2vtC7VT6lfoyuxOkgDmb49spP5II2QlXbTNaZv/25WI"
    "C9tlTJAwpXwcc+2wKi9+PzfWszSLSm+lHN9qxjEfnOCzCJhHWPAI57MTYgV4zvH+nwN+OQ"
    "BAMkL7xCjlUaHP6ik4iZKPm1DQiQZJ+SrOoLGIkE6LrBRw6yyre8wFc+FIrXmzMBvGF2Gk"
    "c7dJpZc0O3H+axFvfuZiKdSOz8JDZQv7La0C5V+thIN6LxJs3MVjTNbZ7JmYLLo0ACvg+Q"
    "a94BsoUwMjBV9AWy9EdCm4iboBTWRlshDHlOTHCAnstl4mK6ra1c5bJy8SGbwPDEwU1J3h"
    "6iKibK6LAw77hAMPm5VJkcsolWIERZQXnxeOXDuFrgHqtCg5M7N7yEsjJuSYWJiE4e8Pwf"
    "UYiw1qyV+RPSlwz6TcY4RHg0Y9z4rBqmhUx7NiOmeW9r6AlrqsKFOVEu1SuoahJiouc555"
    "tEdVWbcVoL9kO8ujz53Q76r/DsqxOWJy/mx6nXzZKwvM76VWf9OrxKpcCsX7uMFHGLtEs1"
    "HF4Z3zTNht8om1uwYs8shIMblaaZ6ASjBSHgbYsMXV80IWRbtw34P9ctooGz20qyIRbTZa"
    "3HKJceo06MudvEmMEni8GcXEEnQlaBfDRpbE9dQqfmSIvhSEtkDD/0IO+WJ022wuZmSre1"
    "wx4JZ5pmiR2yeT/sdUbZMtI6PG4xyWgrhPiveApa3/5ZYOre7SzTxwAee1KzANAcueYPp7"
    "cqobUHSdGDLVliDCK7VnKc/BVsnUGEdNsj2KRBj0nD6k2RAABUn4F6Em6aLzdMVDVFPKix"
    "IIpMqCz+JhBj2qNP2FAxtdDJbE7AiIHYLUz8RF6KSvOi6jfiI4LuiKZD8Kml+1XovTBXqk"
    "D3eEyXxHjl3p/TfeTmfKcndtV7uhmmVLdYI00DYZnRBUp9CNrktGcBOV/sHXXis4Ma+pmM"
    "JlkGk4MFPILjDRLYNCou9nlv0c+BwxFmc55Kkg2Hs5pmHf4Y4RFPgwE/whoSb+OuuhyKF2"
    "zJ5a9q8qVP02dYIy3ER1wMMDugbIEUQ9u2ZzabB7/Y6MZ3gR3e58DTqC7kU7ArQ63WSYa6"
    "umodbMzmUC5ig2GPkB6Pg0Ob8bvOs/tMMuNEqY6AW2VrITYZX/vRYUAZi6rBBFihB0ZCuc"
    "lFwm8X1GmFXRnES+TipYMkZVYecn/kkAjD9llsIT+ljjPuB6rF7AqqucAPE5UZ/rLobqMS"
    "5uaq24Dh+sggzqq1Dc+u9Sk9vQCJYjw1Sqtv3HwpyUe54bAFV+TNS78tiGnirau+XYleys"
    "NZwADAFriAJ/HZAIz+uGW7Z2/QR86LAzNgNpFuQHK3dv/me3foXxIMQsad4jB6VHu51A2r"
    "w2ZXQ6ZDDVxupupPRUOoAZixLppIosqpXrFLj8A4WcQNAHKuuKrNE3bulaW/Yv8kbjfbdb"
    "Xe3eZHAzq0+Rs/YxWceCamCmsTa/gjZOcLSFB/1krIfSoh/SGK++l0qb2IbSphDsmjLrPX"
    "ToOtPrfdixYS/8e03Rn1vnVbSPwf02H3ZnD5DVq4R2M66nV+Z90Nrrv9Fgr88K6w44te/4"
    "t30fntXXe7DP0c087l4AZOi/8ZueGIN1EmZ6IUX6KoK1H464zNhXQxOEZ8PILwdzD9cJsQ"
    "sAmEWgSiJOGExoRS2L9s8pFHSy41POO5hQyCTh7J0hJmI9UCEddgPAA2iSItdL+DO1RYRL"
    "YwhDHm18UE6Y5m/v0to4kIg3CzXEzK8ana/pYjzFCXxhTcLLCmJWe886gqlIrnzflv7z2O"
    "DX6kMWs3V+3LS0luOQ4MQ2rhVk/O6uobp9yISysZtPt29zU2tAoF6eoFq8wLVm35S17Hqm"
    "v5Y4BgoWBjTaycpgE5cYl3Lq7tYZtLd9hvXyJ4ZjTXNUgnLTKmeu8DJXoW2Ihb+PZjqKm8"
    "mz0fCC/KzRMNA46CJ34JpBdmE3FZkIuF97qBDP1ZFEKKC5v7GSAhaeXNtxihKvGHcjD/E0"
    "tfqrOcqAZIyjznD4dpOQpiHr0G+e8crrO7BbvYnncaPBRbqAoYbsdKNnK7K8dwF27nDy7S"
    "WdB1dsoCAK52LtgIS5GQCTaF4y8A4VIa4Lfi8jfrYdN0vlIpqtCcvkmFcHNm9N28DG5Z08"
    "VuVQS3COcJse4ne094+8J69wlvR1rvP8GGHPHmXqCX6+eAf+pUX6w+IoNYKrfSQTMTYbbd"
    "8o0X9lx3kzaFZ9EcK365wHDgwe7uUyc6KZcLBeQ7jqGanOfEaV65FK1vs7glvE12S3gbc0"
    "vIHyJVidioQGjb6empH9bm/BAhbeyHNOApL/Ghg+H0xVIjP1Ur4RNa74IU7mGP6WxuelfX"
    "l928gyuoWkj8H9POAP7/s4Wcg4xKvdCXd5blyztL/vLOYl+eszXFx2RN+TiPqq4al6NqXG"
    "1/Sp7o1bU/WQQvcmomfYoSK9C5BAmP6rKuVNHA+16dPRLLicBVTcH17tGGkaLChIctQBkw"
    "cro5/lHITbyp2OlP6NxCfzCgHsvyKORKJxN22D+yRfIgIRB8tkukd/crSJba3c8tS6IYPg"
    "nZfGPPwF4WPavWHD0T8qitvDQqovqnSrkXrf5MEWx16N+6rJJoER3W4nctfpcD2B2L33UC"
    "V1/CyhRzcZYSdHEWj7qAZWUCy0oekENEe5R2b0ednKLuhlAXX+kHa894ZU6gZEJOgTZCWQ"
    "u1OYRaN7yZ76Z5dHgxwmNX5S10ro778WPceP2P1uvXIjPVmTiEcEehjnPz0wGH8sJM42IK"
    "6/XQyj9NN21DFgSdkgQrQFOOiQH3yz0xLti64o0LTzLI3osoTTSdsgE9f33+/tXZ+avzdz"
    "CqbCD/ZAN50rsZIFDleLypN5gS15Jd3OAA0yUmtWcRCENmwWIkw6xOKkcg3OeUIePudFsi"
    "mtmUfiR+KdtK2cGkEIs7Itssc1e7zej5Uy55JkVrJK1t675ktJItfBiy6rW26Xm5RWvVBh"
    "RRgfq0nMDVVmQqS+vNh2S1iZj9MsWJ912kqE78NhmUJwzJJzafhLsOtiw8m3N3g2C2W56A"
    "Q6VPkAdRpi/J3QfkyJ1O3SS70+l/TaeuiyH/MdNUQi0ISluy+cy2HfB74FXPIJEtrGKY9w"
    "o/m+z2S5Xd797QF2NqBdK7PLuB1SbrGfY3lc40W2FtIa0u21owuFaEQqgX+hNRWr7bJOKL"
    "Ge920USmLppA51j0Ch5mziYqkmBgJg7wZ3HyykAj9l+ns6yqoR8NFxlor2HTmiztO02dTd"
    "hYqk+qteI5MKL5MVIbhhFNbV5rpvapmXJmtFy8X2/ZDpCXWaXS6NzejAZX3WELuUdjej0c"
    "fOtdwDn3aEw/DUZfWwj+ZrT67NjIbdp3/0NmEptrsvYlQFKBwjl7KFJkGwyR2cbOHQHyPe"
    "Ld638e5BXogKaF4K9ILzPoT4bdP257Q8j1EjkxprfDL93+qIXE/00+h+KTwDDJa6lTRep6"
    "vibSOUR5NLHODfAr4LmuHBdN2OUJEnOOLbzN6LgxdgQbBvAoGDnv/OpuxUVmmQNosZ1XOP"
    "76+HJQNSATVN4lQqSSEjmkvrd7I548yjmQ56AqY64ozlua5K8c/GKQpLR5xxs3hPXNJhjD"
    "FcRw97uFh3dTE37kZyj56Z1xZITp1H1H9L/Qmcwvs/Ded13YHe4YlB1y7gky+to/rSzLch"
    "b/tKAQucH3HqYs72c/csvyQNiFm5Y1pJAw2b598qSa6p2qscmM2peXLz+i11zRAE+LbGqp"
    "mlNXwjCthEybxd9jH0uARIuwyUog7+ZoWMU6LU7tlvw3WfYfGaSbsuIu7R4Z8U+Dwe+Mf8"
    "7LiztkoI7iB2Pa638b9DpdkOH5wZje3F5fD4ZMSncO4jydOO9oh00ncF8ox72w/pPp1FHw"
    "O2bJ6fRlEwJrY0r0oBZ+z6owbJrqA4UvFtwi83mlS2lL7J9+sGQkHlD5Pf9lpDXEcYidry"
    "kfuGGiGlZJgFLIwpQPXSltDXJyFFje1FoxuhpcCbiO1TUntGGqGtg4sA7Tkg/XMFENa5nS"
    "IFYQ2JTQvzu/VP2W0X/Zi96XDOGswXphNilDJivnKy8A257fUzWxDS+IGbANehFtCW61s4"
    "RFtvAM0B4uoeGRQpw/g2DcY60GOstclolSGeAOaQ8KQLtUge6FoyzTtWRILhhWg9XrclaU"
    "g1rDDDD70m4N8brlIqoY2CLHwr7rVZbN4JMpPIbnUFxg41EaxJEHqCHr6Yp3VCWscgXKxM"
    "O53CKZcljdhJ5FJ/s4ko//V970HdxmNcIat2EmBKOIy831ESkTy2u5Ni7lxl6YQadIrJgv"
    "hB+UGfaRMrm7BLhQgpfECj2SFfeHMOdsuCUeVsX1K4nj+OEmjuCtRCRFnfLjb5jy49D6sJ"
    "Al+EMWS/CHZEvwh3hQBJ/eMXDTa7d5RFUqQlFE7TbH7cnS2foo2brUh2RVboSytA50eWH9"
    "x/n5mze/nb9+8/7Du7e//fbuw2sP5PilNMg/9b70+pHsFJI0FBa+v99kACKENf7Z8c8RtL"
    "/LDGVcupPwNq7Ul8zU2G6L9UG2FOHZTLepdYq+QI17+MmkHIg4xcjSHwkVwabhmFnhAIR9"
    "4hg3U2THWcJS9YgGzdAZFHW86F7ZGrLAqmSVSmZsPILKZTM7f5clDRRrlRy58i6WCKpOaL"
    "bbYM/lPGcyM4+gCnVpd54NX59hLQHe9a65PvUenXNF2rQ8frkQIUfomH4esg6NMb3otpBC"
    "ortjphmeZX4nz+6jTtbXtQ3GGfzXNTZUM+8IfNYNJwkU6ETgDXg6KPIK9hoTnfTa/TYCVC"
    "RJp3LS7jkPIGdpNvx8XNoybwXSRAycd2wJFtJPyzC5GbU/f/aTM4jfYzoatr91LydXbJy+"
    "QD/h32PaFmHr/B/7dXHVY98r/8d+9duX/4J7OQfgUj/qfhm2Icy5hQI/NvqcCw9kVc3Jk7"
    "qUCIVpGSF9ojoZZI5kkDzuS/LxpWff9Ij2iLXL8h4t1HXUVvKKUt2oLTYM5kaDHiI8mnjM"
    "xnc3/deSGKZOX5jOAdaAAcHoGZtIvBo6WZrEVnS6Wqjs58uPiJInYiCbKtLkqoX2XOHo0K"
    "DCKJ+XsoSy9lRe66kcVdDVHnMZXGAkUy3BXy6LE4xIf7iAwhESViaHe0fb66g60If5PVtR"
    "rQl7P0Oa/y4XVtBVl/W0qihWjuZ+S5iyhx+UjSvLBBLrgJjcmW3PaO25brMjIbvmG1EA3o"
    "0RN1cMgsVLkXz02YDazIHLTaTec68WRY17x2wBvUB5Nsd0a/8/B3a+RXV4h6UZgWKn677d"
    "JY8Ro2dyN2fzAXZjJuZvv1EMbOtO/9ljX0hpAGPChG6SiACB0ffup6+Dwe88E7Gb9O8EZA"
    "qnyvqCnWXMm2Yi1YprWbeAXOcQTVSGUfXArn15D4UVofD0ysQk2v3ELd+Cl8ttSy+w7m5E"
    "b+3lsqLzLOjcbE4g35+sSNHOShkeI2R+gE5djmLd7LKwYdVIZUDKixOtoSowdANQAEzd6I"
    "BtQzeGvD8vLKFC4CbVhPGLmYSgy10RJmPMZrl8wlLUfNKKMO5LRivCBAvrhGvCBGI8ozVh"
    "AuVitqoJI1TnqZ6q34Uo1JA4q7qXmmn+qs+BRllcVr+ORtcnNy8RocpSZ7AKjYJBZoRJYi"
    "YvfwIbLLoe3Ix4sAzBszkiT4Q1VS1k2nfQ4x33PZW6rhZ6A6go04XrjqS44j6wFAlphktR"
    "J9OpkEh+ZxP11JGvptOXiN8dxKo5MeryvWV0erWNXC6vTvMy++Fs7pKZ0Scz1Skz5ufCv6"
    "pcNRZ9iiOusNjH4H3GizW1YPK1ps6yMOl+6/ZHN5Ic7dlIDlw00yQzg+QrWuNRlPmradzM"
    "RckuqMgOam1ntzCa6HmustV/NiezR5E1++tVu/Pq5mv7/N17vpNgyzaIoFQlsRSF9rx/t2"
    "qnstnEVSNOYG5KuOlUv7WkPsrtxta4xitNh9y6jFbnytIVdyA1m65XadMrlnCnK6rjesqR"
    "QU9Ys4kZnw9FdVq70tWudLUrXdVc6eylsuGohynrUS/LqEv82Ty9S+7i0lU2V4IXgqNLiJ"
    "gpmcTtvLhc6N+lOjFn2G+bDc5s3pDoUpwrzTRVCvbbrNOkJH82tY6hXDoGqGAsdZtMFpoC"
    "JGWWmjbVNbx7lym89l1KeO27WBGJpSSaJhlhp3kF0T3LJAWepUiBZ3EpkN3RkiYWTNbjBE"
    "j2r8jZvVlgpyqXg+aw+PX/AQzenyQ="
)
