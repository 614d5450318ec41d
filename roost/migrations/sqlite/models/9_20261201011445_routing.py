from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Written by hand: the new OutboxKinds change the column comment, which aerich cannot alter
# in SQLite (SQLite keeps comments in no catalogue, so there is nothing to alter).


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "agent_presence" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "session" VARCHAR(36) NOT NULL UNIQUE,
    "seen_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
) /* An open, authenticated WebSocket of an agent: a heartbeat row per socket. */;
CREATE INDEX IF NOT EXISTS "idx_agent_prese_user_id_8f1845" ON "agent_presence" ("user_id", "seen_at");
        CREATE TABLE IF NOT EXISTS "canned_reply" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "routing_rule" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "condition" VARCHAR(30) NOT NULL /* CUSTOMER_VIP: CUSTOMER_VIP\nPARTICIPANTS_AT_LEAST: PARTICIPANTS_AT_LEAST\nALWAYS: ALWAYS */,
    "threshold" INT,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE CASCADE
);
        ALTER TABLE "team" ADD "agent_capacity" INT;
        ALTER TABLE "team" ADD "response_targets" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "thread" ADD "home_team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL;
        ALTER TABLE "thread" ADD "sla_breach_notified_at" TIMESTAMP;
        ALTER TABLE "thread" ADD "first_response_due_at" TIMESTAMP;
        ALTER TABLE "thread" ADD "sla_at_risk_at" TIMESTAMP;
        ALTER TABLE "thread" ADD "first_responded_at" TIMESTAMP;
        ALTER TABLE "thread" ADD "routed_because" VARCHAR(120);
        CREATE TABLE IF NOT EXISTS "team_lead" (
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "team_lead";
        ALTER TABLE "team" DROP COLUMN "agent_capacity";
        ALTER TABLE "team" DROP COLUMN "response_targets";
        ALTER TABLE "thread" DROP COLUMN "home_team_id";
        ALTER TABLE "thread" DROP COLUMN "sla_breach_notified_at";
        ALTER TABLE "thread" DROP COLUMN "first_response_due_at";
        ALTER TABLE "thread" DROP COLUMN "sla_at_risk_at";
        ALTER TABLE "thread" DROP COLUMN "first_responded_at";
        ALTER TABLE "thread" DROP COLUMN "routed_because";
        DROP TABLE IF EXISTS "routing_rule";
        DROP TABLE IF EXISTS "agent_presence";
        DROP TABLE IF EXISTS "canned_reply";"""


MODELS_STATE = (
    "eJztPWt32kiyf6UPX8Y5l3hj57lkz56DbZJwxwYPxsnuDXNEG9pG16LF6GGHnZv/fqtaD/"
    "RogQQChEZfbCF1taSqVnW968/aVB8zzTxuPjBuXRvMZHzEag3yZ43TKR7IB9RJjc5mi8t4"
    "wqJ3moCgOFSZBcfemZZBRxZcvaeayeDUmJkjQ51Zqs4RpsmJPmO8TqhtTQBcHVGLjck3dn"
    "ejjx6ZRfR7QjkRUzcIJRNGDeuOUYsY+jOZMYOYYtwx3m6sj+B+Kn/IdeYBH/D+hInTqkkM"
    "dg9vOIGpnieqxghM7o4kpkXnprgrzDyGkVP9SYyDE6pFRppuMvMj3AumGvDnCfwM3Bbm1r"
    "Ux3NeawHPhtB4qiaVOmW5b5IiSkUHFzVUOd4NrLxBOfeC6wcYCCTZX/7CZYukPDOYwABXf"
    "f4fTKh+zH8zEn99rtgkX4KTJGFeoVfsdR8welXuVaePQKlDHOE6cV6z5TJxrc+uTGIgov1"
    "NGumZP+WLwbG5NdO6PVrmFZwHNzEAKwDnLsHEpcFvT3LXjrQ7n4RdDnKcOwIzZPbU1XFAI"
    "7TzA4lxNUTrdvnLT6itKLbbYPIjAKnFPjXSOCxUe1RRv/4CP8PL05M37Nx9ev3vzAYaIx/"
    "TPvP/p3HqBGAdQoKfTr/0U16lFnREC7Qukwiow8ZFimD2fUEOO2gBIBL/w4FH8etgsLoKn"
    "9IeiMf5gTeDn63dLsPm12Tv/0uwdvX73Am+oAztxuE3HvXIqLiHCgwh21nUMwReAIfyYkp"
    "Dsg0WQPHbhjr2DdVDunVjgfMEUd4D0JUjut69aN/3m1TVOPzXNPzSBrGa/hVdOxdl55OxR"
    "lCD+JORbu/+F4E/yP91OS6BTN60HQ9xxMa7/PzV8JuDPusL1Z4WOgzjxTnunQgRGBqZk4k"
    "0BiNUM6gComQePQq5//yhlUd4OEcbuJ9hlYK/5lc0FktvuHiRBqis93LrTHBhyf3qrxzu7"
    "4I8Gffa3yeCigneHN2aWw8ebN+fNi1ZNYPiOjh6fqTFWQqjGK/qpHjnjj41fmp5Oo2coB+"
    "ll7L4FPrMns1kWHU2mTDx3XKJbXF0uzoXHpRHl7Jmm0zFIJ/coGR3BZeCo5kS36uT64tOL"
    "OkhIKKeQuzkB3FowNZmAOAMymrgXXLF0onNGprDdwbtJpbqt3GS11FSJSLsUkZC24jiDjB"
    "SEyUdI2jePD4lJp69epZCTYFSioCSuhSUl9wtxEJUB11G4EuL7JBW+T5bg+ySOb1P9jwTP"
    "iezCG16JLD7PCOByQk/fvsukRfkQJVyv796kWK7v3iSuVrwUYQ4GQ2SsoUmFIUuoTNXgBc"
    "ddrs3dffdAlCtXRFiqW7liUTb1Kgy0Frtyn60wFM6ZW7lia1a1NQxVIXa15upibHfaa8Hw"
    "m1p5DS+tkAILz0A6t5eXNRlnyAGzV4uZyoncMD8slHHAHqtWi1vGvCYzDiyu1pcaB3Ccwv"
    "yBK60DXVC46XiqchVH4lkymlD+AEOfDdWy0EXieD1MeCLAKeUmTIjjqCnOO8OJaplMu49b"
    "BvK+Abp9hkMdVvkT1WxmDofCqTMccva8ODWlMwH72aCzyW+XBNFpomtpMSEaKpAy7tkBt6"
    "jxwIQzB11K7lhvAvxQ4CbOGPHZDIcv0GLx3zfdDnHuiy4kV8ISU0yoOeBcR/eROyK1Jyhw"
    "H4e+4ies2soltFN7B6xE3VAMXcukhYehiqzT1NCDKh73F5PgAzteUfwA+QM5gvWpGs75KZ"
    "17X6IGj228iH/qG861wsqSysiyxMYS1aIcJpORrLn6+rZI0qltCV5bJ+z44RgYlz1DrQ4l"
    "p+FQTrnVIMvV3DQEepdMoHcxAkV4YFoqRcCKTKp1LQrbQnWmLSQEUxnCJKrlQkiJoxXFBj"
    "lew1BRG406ssj/EQ2EqW0huPaPe5s7AtidrWrAvM1jvO0/a9uV3WU4RSyFzDPeIj66av4r"
    "ur7PL7tnUbsLTnAWIctCUMxCljBURZbcyVJZNZMZU3mtmo6onGnjCYJUhreVhjeBrsrqts"
    "IwFFxUCSa3/diFznT90XnBmFHIu1RfZhG6CwxaHStCcDgbE6D1kzpiDVDh9Dr8oVZdaHN1"
    "cq8bZKI/g7owwtgNPkbDDEEFWhIVsvF0ElvJ95qp24azUtkP0B451RSD3TNDhDf/HrOlzA"
    "z9SXUtz7DIDcsUsbV18r02sk1Ln8YuVTaWXdpYFrSL4TZZywsBlS/09jRN6O1pcujtaSzA"
    "AZR7WyLwIoZb3J7GNoGwg96H3p06Xete99uOnJnF+uFANYjzf8DPQaBv965aFw3iH8LZZu"
    "e8dXkpznqHOPbq+rLVd8a6h1Gmli4kKG9j1YI5ZZSNQ4AlFI0PRBROFT3N+HgdEgfAKgIX"
    "msBIAuU/Os9mzwwC7ZD93vbPs/JeNCM/MW6zX0yRG0XwsT8SnwcJ+c5droQazAsJVjmBu8"
    "nN0hvOt+PQLECIpXKa1bMQAdshlbdlPYrEbKbaEU+WbIkn8T1xBqtAHakzyi1Apc0ljDNR"
    "NpfC7s6IfVJoUT3AsHQLlKuZocqE8ws2UqdUS+BaYcjoxuSAHrtTlGtbumidt6+al7Bk64"
    "6EDluQ6hgTvJX+RhLwPZ2qCemHSxEdBtwPnl8dCpJtA3XGeRbWHITZIV9u3fZ2w5pfp9E0"
    "kxXNKIrvDcaUESqRgAB8MgWYq6pllWmXTJODjFtMG2UpRFz9/p4ZCjIlhm8XI3uf/UjYku"
    "OQJRCDlpG29a/+cieaT9nLbuezNzzqWYsEtXCqzUGyATyOs/k345CH6+OsDYd/4muQRzZv"
    "OKF3P4fDOh6pYxGeRx8oVmpwwgE1FZMRYeWBODgHVQNuo3IV5zLjOkm+U+/Z5yqxn2fYGu"
    "XQa321u+HIQqF0HSLEnJsWmwJN9GdO/DeoE+cZ3Eoj6GiQ66XrTVNlChVl0y2xT90J3FuH"
    "6mHIiupFobpE9HKfPvCti71GcfeabCEVUtgqtiJuEPEcxhnRG4aqgiUlmPW89NkwG4GqMC"
    "vLx3aCL7IhNgxU4VWGVyHWZURrEKbADFaIuPDKrc+9JvrRCR0JM7lI44jIvi+wMp5Fng3d"
    "csruuZfrRL0XBV3G6jgmQ+8lFC4YCbRhNFzXeKBcNX2XzYF9C2nD4iL8NRQZ1wOJpdc+79"
    "dk3CYHFN8sZiopdsNMNgVyg/FquwnnPFTURkSuNLgNycC7ZxEFk5xTI1qmOqThE34QZ5ni"
    "kre+b27lBuuyr6Awk0Dy5KDpYFExXABOQqjEZn3mgn/6tce0pBiJcEi0WDrnYsIS8bhIpA"
    "kdaypnCqCGw2wbIu7Cne6bM1tZseYgKCn7KwvCxBL7ihOVFVcqf9JBOtkQT21nlrIiKRBI"
    "tCGirhczlRVZWMBD8YRe4DaPG6LsBuZztYRLmK2saLMmaLXeEFd9MUlhBKXNMbSDpKugGJ"
    "GcfxURNlamYilBeUdApKrS4xbMwPYIvpwnZnK80A0sM1MnnD3XvSwrzK+CtaPbDxNsijCa"
    "iDk40+RVevK+QVW7t1h5Vn5hgThul0TlBIEK7NovbESOXzcgC9ZDQKWoYLJrtLuMKI70dA"
    "lvAfAio7921u3+2u58bhD3YMCvu71+87JBnP8DftO6/ATgva/t81aDBH/B2F73a/ui1YPR"
    "7tGANz+3Ov0GEf8G/Ldb0ORFPp13BDP++6bfuoK5xP+Uhv0t58e5Jd3WCXQJQVYhD0UJea"
    "iKR+xQaFig1JNRMyE1DFQ5iyV4XQR+ZkNtDK7Crix4JJDOlS1+JAZYMYWVbvRASZENfTeB"
    "CiYHtoLT+kjCrFFecFjOJ/JDrxh9EZq4pNiOccsUjshZ2O66IcqzWXELxjdSR4XEuGaKKu"
    "VVHaoy1KGK8pIVZtEw10lrGg0zwTRlq3CNjEXZKNdkCVu8xkaYj4MVptzpTce46XogZPWq"
    "1p5HXqhqEcH0yOax0lSV+XOX5k+kQAyryclN7vAiW3/So3bLaUbw3u4HnTbbcAFx2FmGgx"
    "rjAzge1I6PjwcwZlC7NyInxixw4udwGGM7G8yz5/xBQTXpR7XaxOrBFvkLE7bpBsG/A37d"
    "6gEKlE7zqtUggR8Dftk+b3XOW8r1ZbMP10I/Ae5Lt4MQ+G/AW1fN9mWDiH8DfiEALsS4zu"
    "3VGdpinf8Dfv6lK2y2zv9i2FnNkb4+xX3gHSZ2u3bxrJ+2xK7e7PXb5+3rJlrHAz+KQReD"
    "/WGrBpPIDSCNaYxyORsOgkWIAqLO1uqF+Gd262gCWl6GWOBZO+pJEp/e0Umkokjc4BQgZ3"
    "pJLQxUGZpkdjwLU8qzyGkBkDK4p3fRW3aSENaXLK4FQIohr+H9SlP5Hq4nWPyS7dYBkN15"
    "BLZV56nKeCwuXpf4AapUr1xSvVI0HowGOlRZEilDZ6tI/zRYgic1RU2izRDlfsW/ubMVB1"
    "uhgj2OXVdkRolysU6TScrNZ2akTFPeVkxyQqQ8nc0klLmifN7X8W9qJutHyzdns3Wos1f7"
    "8BJOK15Qibgh4q9r4ApmY38gG6vCAeFRAFGsG4JSaP2VkMFl3z5B3WHu0hLTxFyQboB0bL"
    "p7TwqRbgZwXola738uddCcY8TiuMdmmrSDbPByfZkrZiQGKoY/MoX7RQwmlFiMYikseEAg"
    "GgFBnRnWR4Il07x0XHyqn37P1j89v49fOEtcM5jENZP7PQb8XtU0p1w0OneQDTipFkS1yI"
    "POcHZLr2LZC+jMsVQrW0tWH6DI5uY1rQRbqa59p48l/rLkkHVvfCnwu+to9apiW/JSP8zw"
    "ZQ9Hyyq24U6WsefqAqIyUKw2UCC6crBO9N1pDgy5aU0TgUWV1S6xzYCjaEUCiUwrKVqQLN"
    "dGCyakk21Rc3QByIP6xDhIlPr9vcksZaLbhgmi5B0D6ZEtkiZBOMXy5S+D5cuJd3d5QY9c"
    "7zDgA367qD575Ff9cGZ90RCSrqE/E9WTnx0hWAjABmjCTqNzR0dGnidU5AF3n7JOTJ2Y7A"
    "m+BY0868YjM8w6iOfwRiAyo9ANLFK0aAEFGyRs8XaE/YBZQYDX+bKIqUBocRAHVejUfjNH"
    "g6RIj94oWLVlSRNDnM82q+AXhDscsU9wO+/RBcPxWN8zBd5xp9vhSkbA6aZ0Tqb6EyNovD"
    "FeyBno5lOWuCdDVQW8bNpFmuTIKpNvOwx7ykwTJNZseA0DFTj0R3BTJ7ObuA/tyIEjaoB8"
    "h6bRYtRyrZLQtpeE5hI+B9xeLWY62OWdFmZN4oRZQ6FyfgKeb4n2HfaLp83t8cuapNO9nf"
    "ZrllOCSFKbqO67brzT8BNrWwZy1OQUzW3mVYpsOJspmG5YabX71GozV+XZQ0We0jQmqzwc"
    "yev8MHWQNB6OSgepqokcHnaraiKVIlcORa6qJlJVEyk8mldUE9mzG9qrXy5RgAOlzZO1Xz"
    "UwaHUkJSfueKF8+hrpRzcw0STUsuhoQiwdYxQ19ZHhoVeWQlLRIocJq9jHYumt3J7eyVoA"
    "JQc/LiDy0Vz3i95w+/rTFKGPr0+TG9ifxlLcLWrZEjd3yhx3H3qHRoKLXvNTP6OlwAFqEP"
    "FvwNs3N7etiwZx/mO6e/sC89zbcNz92upd3LYaxD0Y8PNe66Ldx/HeUUqfwJbT4FXTtNcy"
    "MoQAc7AxFHMrPkCTQtyvOYa9CCkhJ3GC3huAWUbdUlEWqRVrX4s271GmQkhBmB3ytNZtb1"
    "u2z8gOkmYDSd4/oizI0i2qKXSKTbkkS5SN1CnVEqJ7I6DRlerAHrtzbAvz20ryXrZSW+ft"
    "q+bl0clp/TRSesOjwJsYr/dbU87oXLez4loCXaF7GbpBP9LmoKcBDsfZikfEIYtRQ2Kdml"
    "95oH8rNSSqGK9kdn+Y/pU0MV6VV61sVK+8apVjokAozsExka0XLAZx59Nx8tINji8JxiNe"
    "hvmU5dBxUsxSViRVbRN33TYx+OUl+0u8D3Olz0Tx8lvSNUgU+R8Yx+f7POR9DhPGVW6OYr"
    "k5qqp4uQcNLR4jhtNk+18ErBT1HSIWwFRVNl8vqbL5Ol5l8w+bcku1JKbWpXapINh+DFIn"
    "292RlhqkXmUwSMFLWcrMkBYgXIriMOB+kLwnj8A6hr8naimG3N+yDMtBsL+cZfVtFsPqOq"
    "6CfTsJDmj9esJkNiEtBFRZS1ZbSwJxThtaSwJhVQeG4rTWkvDqKlK0m5evJ9HeAql8yZpb"
    "IHMwndLmJdSJ/CtHY68TJ16JjckDnWkwQJuTZ9WaeCVKxCi5brfZdNJMLsu3AJjsjxpgL3"
    "hqZt9p6kjxr1AbVrSQiEeayrilBLL7qmyvfaqTSKL0WHVHV4xflh6xWPPpERoGKnBahMgN"
    "dTiGYA8iOpmZxGRM6EandfJ6YJ++On1H9CcY86Sa6p0KYsicNC8vic61+UdxWxFwy3WLSc"
    "Jyt3SPLRP+ETAttxysjov0YHcYQeQlJmYifqDfk9fxvkG8owFvdm6+YY8m5/+AO2nhDTc9"
    "PErn/QRBLlbLusQKz7BDksHqzkoxAGngVzHgsGBbvU4TfnpHxaBHVUl1h3nGcbFL+g0khM"
    "LIgMvXVSj/BpBV9FEy6g8zDiVN9JGj7GQzrIRgCiwG7k269npxZENrBKrAiBWyLy6rKT4J"
    "8R4c1HVPyvKVeGo+mnWsukK5K3AtLol2HXHJejc0cvT/jKWbgzCVXpmieLNvZNnQnpg6hK"
    "NoCE5rTgwtrdVJ4Qsb1YaIvTXZAcpCabEa2qkSynLJGHcOiM3eSKkMvDv/2dekfGQzzVyS"
    "LfCpieTqHEL1mv5EhVkM+QbrRauzb4gvSWX4QiAtv/Kaewnw6xoPlKsmdd8m5iMKXa8vcx"
    "Tp0ZEpukx5OVvk6IlxpJZpz2agshsvBCsgjvpORvp0RvlcUgxhnRmqsMBi+XHE/xhal9Q+"
    "cMeXwpq2g+7Qh2XkX4MDX/e6X9sXaMT3jgb8/LLd6vSV8+7VdbPz7wYJ/y6GGdnPWN2EQr"
    "FJCmzdrH1tdbDqhPg34De319dAFqCbd1QQumg0IZ42BTlc2B26WM6aN+3zrE4WAdQg4t+A"
    "X/daV+3bK/yAxMGAt9Dhct1r3wC5FsfFoA82s3mSbBlnuq4xyhPMlD5QhDR3ALUt2njb9G"
    "7dMGfd7mXI4HzWjvpZbq/OWr2jk0jIXdwu9sQMFW4h4U5LkR0E2yG6/TMHi290iSj/0WXN"
    "Y5Z1wgwA7ZDx3Pazsp3CuLdCFQyURVnA9csgRCcpRkUEvF/Wigi186DOpDKzISLqmNOhzG"
    "I/LNESzHrWydjQZy/H+jMnHi6IKAlRj2lqOcw54MPh9z8HtUc2H8D8gxpgi2nOIQo/A7jP"
    "oPap12oNaoDqQe38S7d93nIGjCYYn2nimO/Hx8e///x9OMzYJaiq8lD5WUPjsvlZY46RNO"
    "ZGN37Bq964mQktfdL6IdobXUVovHNkFe27SYUtt2f9hkhy3RplRZJrNVSqvPOUH59RoWol"
    "qqYMo4Q3xFC5HLXZPBxBJqbdK+aCB8nx2eWsr8OfNOxMu3dZWnM2Kxl+sziFbOtO/9G22L"
    "QmcwktrtaXOoTEuHSuIMz0gQnUJ2bM0XFjjiZsbGtsTJzOxXUy0iiIsWOhJniuNWwEejcn"
    "1O1ZLE8gymfa1U6j74FKwVidlLrdoCpH0q4cSaV3dLSumu3LBhH/Brz/pddqXiAAaLkNEv"
    "rpX/3U7HRv+/5V5+eAf2udfel2f20Q92DAe3C+3fms9Fr9216nQcK/B/zmsqmcwRznXxpk"
    "cVwMg/ABFvi+bnUuAL1ZTTMuWIO4B0CXVgfIi38H/BOsCyzh7fwf8PNm57x1KU75h8WgGO"
    "hp9kx5ZJnqFoeAcnFzbYMd1m7F7OR5omqMmMxqiIwwE96cwLMTxuGqzdDYhU0cHhmbmaIL"
    "oaE/HxNH9MUMMNTOyIPrswjtannfYMABXjUEMMpcMBjgxgBSJ6YO+6Boqu1Ht4wo9zdSuM"
    "jZM84uTVcLraKTVMvoZMk6OokvpIllzZSk7z9xR41AFT24+ku/f02cx3XyoF2ujRT9xQTy"
    "mBZ2/WDTmUWO8B5wJ92Nm6sTdvxwjLnTIOeAZJPQbj3/W2w7YhseRZMWMVniKAnAlKDjY8"
    "RJkubrepf8cb2L+8HpXNNlAdvJLpEASDEcIKUqCe1+gFk4XRCkKqAWK6Dm6GkxdC73vCyg"
    "Suh1ORAvi4eTpelsmj56ZGPF5paqZSVyFPZgWsjUmq7dgkx0UJGFbAibOBFvgr/4RzLD7V"
    "y16rCB62jO8CCmdE4s+siwcxjWKZBF3OY7eZlXH+BBYYYhy8xJzhUPQ5VAStl5vnjlUf+L"
    "eNTD/kxurUHyANjBMPi/5FZO70CxzJiYHgApsob/baKbjMyYYeqcagTN22H923VMmOQInt"
    "YEiuNGO0U7zIhpJmyncZ1+N+KzwUbqTASoZCJMFKzAxNmbZvLM7ia6/pgNsWGgAqNVmJzc"
    "p42sddX0PHZowdR3uLKXZK77KzZOjCrHOpRpG/22Vyevu8sgB8x+W8xUCORusMozgq5JrD"
    "C/SFFn4E7alu+wP4Gt7L+5TbpuqYOA7JM5232b+cbXi9bwNUlsSfByfVlwySwyME2ysSAG"
    "miAQ2zgBUfmigbo0uzgFSJVOXKwokKrLSM6iaJWfvd387Kr5X9X8r2BS/JLmfynK2S9w7i"
    "B6NKH8YdNUAxfpgkTnYsLCSJD5xoc7KHqimr0pygSuvuJEJULVdoVTp32iVDD1OysuE0oX"
    "g1YKpFc6Z3MC+jIDXW5M6AO8JQbZLOl1lw6kEkiLJZBW7YC22w5oRtV1vH0BsBK6+srk+5"
    "kCH9Mzlf1eQOy0DkvnV6Xfa3ZuPrmVbLauj7xJo468SdZG4h+Twe6ZwbgsnyoZ3SGgEoQs"
    "hJH8IQ2SPyQj+UPVwGw/Gl/VwKwMDcx6jI6vKEaQ1SRyeeDqUtFc1FOeLgauFM+/6M9wCU"
    "tI2iaGu1GTiMSJRRMyt9uY0/UH7cP6vTiB438xCbXHKvLEuBif79TSFme262FxS25Xjcr2"
    "qQCIkD6xALN12IrBVbbpeAQKXUf2D4CVUPY/0DA/iS4QM45VfRq28RXhbpENpwGICqOrJV"
    "FvO95N3ETRkJtWBg0sqtWxKFUzkbRoTdFMZH+SPTP6VBM7lVS09y6vlO2x9JA/cqVwj9FV"
    "pj11Ml1doVqI4I6GYDpNOhe9hE1PInfHmiN9JhHs85t2Axt+AZh5qaV58TFZukUlKWVn6s"
    "OSqOcgXGlE+b+fnr5+/f701et3H96+ef/+7YdXPsLjl5Zh/qz9GZEfkiwTNtYs7GrVJuxV"
    "h9ryFrzXTyK3DThH3q/bFjxyzxboivP+wOXlvN8ZqBjeyFSlpnB0w2fCU2qNJmhlGQ4BRW"
    "MRCjYckgedWDqcsxidDocfBZBJqAHcW5SJupsTL3BMXnlqK3epvLvF2g4OJtyw8DgO1t10"
    "vw+5E2p1SafQBEWOQ6yd3970u1etnvK1fd0gwV8Dft3s9dvn7etmp3+jNPvKZat5028Q6e"
    "kBb15+a/77Bjtn4/8oQ0rj6HqdxtH1OtnR9Trm6ELeZ2KmeEZzjQ9T4BymvX0duFNktIAt"
    "ICp+k6JPKaArD8OCO82BITe1WWGxqIpkVIjUcJXIlvEqr8niZbDCrELd0Rka26FSD1O8dK"
    "cgMEWDMI7TC9GOckLHUxULker8Xn2wDec8GgW8OZa1vctl/gEf8AvVBCAUT516caKiHLNQ"
    "tjad1gxwYqKalm7MPzp3wMEiBJEAw4bzTEBNKym1gFKquyQkFotlbXwCUFUXnwxdfBgIn4"
    "rf/3Si27Jy34lrOgF6dzu3WH1ZhNgWPLFJRhqmPFrAJEDX5XMinpzcsXsdlVlgH25WAZYZ"
    "NCxJt+D1p9myxMWmVNUU0777XzaS+JqTy+HFAA+3KF5tOPxzABzB6bJzfHzs9NW5NyInxi"
    "xw4idaNLD+3JxMgcs424p4jJewbTzrxliaeLndW+25iJ+zJrDlUfaV5EEd7jLKg1NvhSwG"
    "m+L7G8p6W6UMvNozM+yZPgIFv1ccfu9vgxm2z9UT7W4nfX+akcmiB9F7AfKgg0iNzQiWbI"
    "YoLBDv5eQeyQ3n23oEl0uurBwxBlgxxfz3KoeZrRFhF4asaqsVJ6Yunl9jz8ZrVkwMQ1ah"
    "lAUmeyyU0vtC7+bZjMkxuMpGH9/V/H5omVAbgaqCcVZZ6hdrMQd7faGqUuVuro99tjmUhY"
    "qv9zgZMsbXdI0HylXTr2xwUKs9LS0i33kOsTZh2yMix7sYI8gVyP19Hf+mJEmw8saF3+S6"
    "TMQRL6pE3ETJr21g5Q34lGRtCNFJ5CBdNwTlsF1Rw6+oIkgx9mdzF4BPZndwdEJ3mDUxdP"
    "thEhtx720m0oUE55UYoX6m9aFdqvyxttyJJobUU3vRNG94qihdoY8iCAbVYhMjF5ENQolB"
    "+VifEkt/ZLxOhAtqDGO0OaFYQM/EzLqJXCfOZ9rKy1UsL5cgmYLkiSN3SVegEFQ+0UL7RX"
    "O4L9CbFFE9794k9wV6E43qYT9mKugh61gFQpAl1BcPVz+MmwXuqepYcDI3HZJAlibePTcV"
    "0W0wk/0jCgFWlrUif0L6DFC/Do1DgAdD49on1TAtYtqjETPNe1sjT1RTx0KZI0fBmCNiMm"
    "aS54mQm4TjYWSDpDWFH86ry6sqb2H+Eq++qhNOMjM/TLtumk44VTnZqpzs/k0qOZaT3W60"
    "sDBK1KQWDudSfbllYzEoXVjw2B5ZhAY3Kk0zyRElU8Yw2pYYuj6tYy0g3Tbw/0S3mIbBbn"
    "PJhpjPlJUdo1h2jKri+nYrrgefLIbm5NaMEbASFDpcJvZUvRkriTQfibRAzvB9E3m7Mmmy"
    "FzazULqpH/ZAJNNlntgerPte+7yfrtWBK+Pm0+WgRBj/Ge9tsPB/5tgTYjPP9CEgD57UzA"
    "Fprl7zmztbmbC1A03RR1uyxhjE7ErNUfkjODqFCumNx6ogFtoxedi86ZQbQdNnoFGZVz/W"
    "SxNVTScf1JiysUypzP8mmGPa5k/UUCm3yNFowtCJQeAWJn1iLxoCknLzGWYXFCF3TNMx+d"
    "TSnVkB1/7UmJAK09MBnzHjpXd/AfdRuPPdmeCq/3QjyrluwSBNQ2UZ4AI95BzY5Hq6AT3f"
    "2Tuqirp7dfSDjiZhg8nJAj7A4SYJrJsVF/u8N5hnz+kIo4moUQ7kcLlpWvLHAA94GXTFEd"
    "WI8zYe1xWo+AVYrnhVU7A+TR9RLEElKO4QGA44MEiHtE17ZMM6+AnUlVSw2t599ryMDqZk"
    "06GEMlRmnWRUl9esQ43RBPuQrUH2COjhBDg0Qd51n30hJIMkynWC0irwQmqCXPvRFUBBRN"
    "VwAczJA4Bw4XKRyNs5TVriUAbnJTLJ0kGQIhsPRTxySIWBfZZaZFFSx6V7bOHshrl7imom"
    "5IeBioz+othuoxrm+qbbgOP6wFCc1mobXl2ra8X7CRL5RGoU1t64PivJBrkm2YIcef2ewl"
    "NmmnTjdsJXzizFkSyQALgFTvFJFmIAJb/dwu7Z7naI++IoDJh1ohtY3K3ZufnW6i0uOQJC"
    "yp1iL3ZUURVRYjz1qiUmW0y9soxprKQ4VpThB+JaJnlWrQl5ZuxRm/s2RKf0hcpFSo/+zA"
    "lKmuQ/uqyMRh4TVkE2xbIhYq5dDKvJMTbu8NKlB+XfQrSKXvKRe3KaBrswKhG94lqk/i+w"
    "FQXZShYkh4B2GLl02z/PaOAsTJob1Z7p3FQwX0AiaywrBhaBrOqAZagD5sn2CVUzk238Mc"
    "ADtvELQ/pUFz6a798HtVd/b7x65bhlTpxD9D8eHx//HA495yxKKL+Yy6SY3GbdtxtI003b"
    "kGkASzxAAZhiLAy8X+aFcQF8xaeL8LBjtdRxnQyHQNDTV6fvXp6cvjx9i1QFQv4OhDxq33"
    "QJWlJ92dQnpiSgfBs32PNyESK7MqIzOlIticyXKEnHAQtc6qjWhd3GbzaDdb/x6R2vHZDR"
    "IyeqmC+paaoPmAQHGv4UsEeO8H6NYNFvydLYxg22XlzQnMEdQOuiBqhdmTiGDLYYnGOtLU"
    "WkTr70Xoq4L4Vf7FTlNn68QElPlcUPuO64c297n1udPm4ZJ2+9zQE9EbHlkfcNBtyGGfho"
    "TjBsB3EM68mij645yn1xcjQcuhYEU6PHF61PzdvLvtJvwqz9m+FwbxwoZupNY9vCGCU2Vg"
    "w209RNLVznYq4eTDU/QD0qVURksPnXhtiKNBwrI7Zc1r0ZnlJ3Sy1mVYHlGJphm07ASwkR"
    "JezLYo+mXvSm87aOKVMY+IXW+lIX27wwd9pie3fsmqJ4MPIvYul7ti8HamjI6ZS5xFmRuj"
    "rW0BJOxJs1CHs5FbVUvFDbe9kmi2LXHZB0NJFF824+3YaF1DzkRsumYYkYXGeycmmBTpTR"
    "4miBvkOBgmjirOZ+cRnqoAU//ymb3jGZ0eGg11Me3tdMdM2NpgLA8/qkoqnPXZLdTw5blj"
    "mgfIa9xAW1GJPCCQWYfIL15JQnoZYlviiMZw+EzAsvnsqfMJhS5nfKPAcG2g+HXqT+cPi3"
    "4dBLchI/RiBZolarT2ewnkF9p27ldxENj8I1FbPiT+waNcMmpPeGPh3wYPMVwUCEOgczI8"
    "dQ+Uizx6jy8TEBAZkaHptRBUcx2FR/YuMGMfRnp9G1aI1timmndWLqzhDRVcqZdSHsuzsW"
    "hQ1KPIvrnMZB8F/no7Qutu81DzM4XqOmpczsO00dKUBL9QnUfAxJA6DvoWS6pQPDGF06vP"
    "Lw7dLD565ouZtkdRPRAHiRXVN+C9FF+9ABv+51v7Yv8Jx3NOBn3f6XBsG/6cS3iCsrlSdr"
    "iSMr5sdK7KeU7MVK7qR0iNn3O6h04JpQ1v0EAuA7xHe786mb1byFMA2Cfwe8eY7xMkqv9d"
    "ttu9e6aJDIiQF3bE4N4vxf53NI5dhd4teNu3UdKVxey3x5NHUY8nCCqTEsXmTruakluMsz"
    "4qw5YLz1KN1AHKGGgTIKJe47v7ybC9eDrAF7vpOXOLgaPn7LXnubXEDvkEV0r1udrCwCYR"
    "oE/w74t2a73+58bhD3YMB7rZvu5VfkFt7RgJ9fdm/wjPO/GGxCyJYm+yODvBgEKWzyUu2G"
    "wdywwACvqIZ73y0+vBff+FGc4eyHf8bVEYZD7x3Jf5ETWTZb7rNvuzos3jGoO2TcE2TwVX"
    "pVUdhymvSqoBK5xvcehizuZ9/3cvvvdcP77syQQcKEffvoSTXVO1WDxUyal5cvPpJXwtCA"
    "T0tsbqmam5xqmJY8uH0L99gFC5BYEdbhBPJpDkZUzCNGrUjffyqxrMqq/SuyffRpY5smNq"
    "K2mSnENw65lkC+I+XPdbhj/AYgT9fQyv0316F/PJsPh25NGPTtO+be0cRpDO74MUUGzKAW"
    "9FEOanHWv73b7D7wW+w8ih+XNLbZGrwhcZKD2QzkkUZ1L2LVjz1zQ1dD6Tkf0V9gqOajF6"
    "ooFIB79d6SNAra4n1KvG2ZGoUVpeDLr7E849AHsy7/kkJKkJ2M1xJW5DNUVC8y1fErdUJE"
    "YIilwjutQ/nkWQ6G+rUb5vifyd1c7ArPuvEoCuQh/2cz3bAcRdN5TyzKDstirLqllZz+yQ"
    "3CfoBmJuzVI1lQ/rZuUuIV6u3OihPEn8m/LoUtcOj/3uo++YgKxO9kxXEAtEJxHMX76uZS"
    "crSGY3ayYVcKWyE5uSxc1g7zMbgKuRLkunFsGVEbhqoQG0fsBPCzxoYWBSswaveRC5A3ld"
    "xw12w0CgMVmEJ7W/z7a9VRQsQuqfa2j+5xBcNw2qphS5rHLTp0SFhDDrhtL2YqJ27DDDEF"
    "boPR8xsiN2WOzIFiNiJopUDt/pr3HCiK0/XuSdb6KkSnXcsyhTcFukM2nhyw7ZUILCeWZR"
    "axEJLhQUjn9vIyAcnCWFnx5bRYDtp2U6B5YZOoULyKXUTNNynQ62vPZWMT29W18599TZpH"
    "rR8JJC9ifd+ixbalq3wCpFamSGpZvnqmwicw05WYqEy42moFY/Gh9akmwg8T8sidy/XVye"
    "SK5Y9cmVJ+Y0/NYD4THZu/OJFFZji9wRSRzpj9hAHOc/LI5iKU2ZzA20v8y/nNK+2e5tbO"
    "FaOqzml/2arH+zbphSI0P6QJ0PyQHJ/5IZ7PLJZ3DLk3U/jAkxtleEBl6pHx+vT9O3/h4o"
    "9la/bmqnl5KbFEOxkLlg78UbLDqQ/J1ugIZGFzX7Ki9e+np69fvz999frdh7dv3r9/++GV"
    "j+T4pWUoP2t/bnciBXollXgten+/DgEigBX+0+M/Q9XAbYo4QkGVyDae4pos1NjeiNX1cT"
    "iho5Fuc+uYfMYeF/gTpHZRRBTUkUdsbYV1YsLlbuqiHCRdAMekmTwnTlNRRo8YAQ0dUFGV"
    "etmpWMOwrlkWwcYHKF1Dh9O3aSrhw6jkpPO3sVr4VU+H7dZpmU0y9nPwAQqc47UmgvPvSO"
    "L0p5Wjd3WBiwX0DgtcOJ0jshgasbgF4wP+qQcTGgN+0WqQMYvujqlWeJr1nby6D7pfScs2"
    "QDL42zU1VDMrBT7phlsHH20i+Aai/LVTdNMkR+1mp0kQK5IQ/4ywO26FIkSaNT8fD7bIW4"
    "G0hpqQHRuOCLmoqKbc9JufPi3qqjm/B7zfa35tXSpXQKfPOE/494A3nYpT4h/8urhqw/cq"
    "/sGvTvPy33gv92DAQeJpfe41sUIRVrXyf6z1Oedeg0Y1lSd1JlEKlzXFWQBV/XAy9MMRJR"
    "skH9/yBkQ+0A5x7Ym8B4vqquBCMkcpb8EFIIO5FtFDgIeTsfjNq9w7Y4ap819M94BqKIBQ"
    "8kxN4rwaOZqZzB7rfD5V4eeLj4SzJ2YQm4+l/aVynbnEuYlBg1G2QGsJZBVsvTLYOmqgq4"
    "L+UkR0SJZaQshfmqCOGXw+6EfeMFihiUFb1+5cB7iNportcKq8T7HP8IbY8icqzzINY8oe"
    "q5YC72ds3C2piVO1YKY0zZIOEVeul2NDNKXPNjnITw8mYKaIXdwxtnYYjBiwJniuLnIUbO"
    "1gzgEF0xdOeYlnQ7ecali+m0y9FxFAYzUeSbQB6h0sjyaUbxz756JdbOfnYsLCUCDf5brr"
    "UMlDxNEzu5vAekDJRQUVY+ONomtbd/qPNnwhhUEYKF5Ysi6sbFHyrXX2pdv9VTRc8WqbH6"
    "H+hR85Nl2BsyBGaSZRrbhFegOU6wJFigo4Kh+yqzjefeGKcXz6sWIy7V7xun3T2WxDxN3A"
    "dDfObM3ZrKTrbJFcVMLehvmiCtR/w6owlQJTfo5rhaqNcxDCWwLi1EsLkGO0y1lfhz/pNg"
    "Zm+PkIJUJuUlfQRQPCEOoyd3FMmUhWrGCwJfY9aRdH7yWjXRyDzTDDfRwDaV7RPo6BFo8b"
    "9XGM28zDzULLQ9ecu71ud00s2u1uuCKyd2td3dnzm6Po1SRhy96l+rLI5efAoDTBy1/6/e"
    "ujmxeE8fFMB5x65ThHDPRMU/SwFOWhr7s3fZE2JWpzsicGQ1WLmPYdzngnopClQcy53gDb"
    "grbwuqsHz0U0NCeOriZ0xKPh0NG3foUVfuxqj8PhCyLujkrjhBlpG21W4c+7DH+2jUzBz+"
    "7wIkdkrR+cmzI6d2l4biziSXxVkr3nv2+6nYToAB8iGhqgjizyf0RTza3lwdT+cW/zkWgZ"
    "fGerGny75jHe75+1jJtTh2Icoui428DF1xi6bEFpfW11+jeSRlvpQNJ79xHDIce+R6ijq+"
    "a/ojQ8v+yeRT32OMFZNLWJjQyWrfOoD1Hkr6Z2M3H6LnvZ/+5uYdRBpFCB+4PQMHp0ikV/"
    "uWqev7z50jx9+07sJNSyDeZAqpKsmlxn3n2AvdueWvGMpAquTYl6tTSCMWmOYgc01q7pXN"
    "NBciMAqwtT8FyEEpt1L7647ne8u9PHqhuELDBDnqhmMzO+HvKatAqqrIIqq6DKsgVVOj0H"
    "1qF6GLKielGoLols9HXylBnLi+VRZmcsxli4toSIExY0bvfF5Ur/Nu3LGRPAm0Cc0aQmsa"
    "W4V+rLTCl0MWaVJSX5s6lsDMWyMWDnPGkAbbLSFAApsta0rq3h7dtUidZvlyRav43qKXQm"
    "yatKxrA7vITYPUmlBZ4s0QJP4log3NGSVslMtuMEQHZvyNm+n2irJpe9VjP5+f+pzorD"
)
