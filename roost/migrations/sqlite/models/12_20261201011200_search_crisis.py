from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "crisis_alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "severity" VARCHAR(10) NOT NULL /* INFO: INFO\nWARNING: WARNING\nCRITICAL: CRITICAL */,
    "destination" VARCHAR(120) /* The filter: bookings whose destination contains ``destination`` (ignoring case), */,
    "starts_from" TIMESTAMP,
    "starts_until" TIMESTAMP,
    "client_alert_id" VARCHAR(64) UNIQUE /* Chosen by the publishing tool; the same id again returns the alert already published. */,
    "booking_count" INT NOT NULL,
    "reached_count" INT NOT NULL /* Distinct customers reached (one e-mail each). */,
    "created_at" TIMESTAMP NOT NULL,
    "provider_id" INT REFERENCES "organisation" ("id") ON DELETE SET NULL,
    "published_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
) /* One published alert with the filter that chose its bookings, and its counts. */;
        CREATE TABLE IF NOT EXISTS "crisis_alert_booking" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "alert_id" INT NOT NULL REFERENCES "crisis_alert" ("id") ON DELETE CASCADE,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crisis_aler_alert_i_7f9bdf" UNIQUE ("alert_id", "booking_id")
) /* A booking an alert affected when it was published. */;
CREATE INDEX IF NOT EXISTS "idx_crisis_aler_booking_e04a33" ON "crisis_alert_booking" ("booking_id", "alert_id");
        CREATE TABLE IF NOT EXISTS "crisis_alert_recipient" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "alert_id" INT NOT NULL REFERENCES "crisis_alert" ("id") ON DELETE CASCADE,
    "customer_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crisis_aler_alert_i_4435c6" UNIQUE ("alert_id", "customer_id")
) /* A customer an alert reached, and whether (and when) they confirmed being safe. */;
CREATE INDEX IF NOT EXISTS "idx_crisis_aler_custome_caea69" ON "crisis_alert_recipient" ("customer_id", "alert_id");
-- Full-text search (models/search.py): FTS5 tables over message bodies and thread
-- subjects, external content kept in sync by triggers, filled from the rows already there.
CREATE VIRTUAL TABLE IF NOT EXISTS "message_search" USING fts5(
    body, content='message', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS "message_search_insert" AFTER INSERT ON "message" BEGIN
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER IF NOT EXISTS "message_search_delete" AFTER DELETE ON "message" BEGIN
    INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER IF NOT EXISTS "message_search_update" AFTER UPDATE OF body ON "message" BEGIN
    INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO message_search (message_search) VALUES ('rebuild');
CREATE VIRTUAL TABLE IF NOT EXISTS "thread_search" USING fts5(
    subject, content='thread', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS "thread_search_insert" AFTER INSERT ON "thread" BEGIN
    INSERT INTO thread_search (rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER IF NOT EXISTS "thread_search_delete" AFTER DELETE ON "thread" BEGIN
    INSERT INTO thread_search (thread_search, rowid, subject) VALUES ('delete', old.id, old.subject);
END;
CREATE TRIGGER IF NOT EXISTS "thread_search_update" AFTER UPDATE OF subject ON "thread" BEGIN
    INSERT INTO thread_search (thread_search, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO thread_search (rowid, subject) VALUES (new.id, new.subject);
END;
INSERT INTO thread_search (thread_search) VALUES ('rebuild');"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "crisis_alert_booking";
        DROP TABLE IF EXISTS "crisis_alert";
        DROP TABLE IF EXISTS "crisis_alert_recipient";
        DROP TRIGGER IF EXISTS "message_search_insert";
        DROP TRIGGER IF EXISTS "message_search_delete";
        DROP TRIGGER IF EXISTS "message_search_update";
        DROP TABLE IF EXISTS "message_search";
        DROP TRIGGER IF EXISTS "thread_search_insert";
        DROP TRIGGER IF EXISTS "thread_search_delete";
        DROP TRIGGER IF EXISTS "thread_search_update";
        DROP TABLE IF EXISTS "thread_search";"""


MODELS_STATE = (
    "eJztfe132kiW979Shy/tnIdkYied7iV79hxikzTbNrgBJzPb9BFlKButRYmRhB1mtv/359"
    "4qSeilBBIIEGrlQyykuiXpVqnqvv7uv2szc8IM+03zkXHn1mI242NWa5B/1zid4YG6QZ3U"
    "6Hy+uownHHpvCAqKTbV5sO297Vh07MDVB2rYDE5NmD229LmjmxxpmpyYc8brhC6cKZDrY+"
    "qwCfnG7vvm+Ik5xHwglBPRdYNQMmXUcu4ZdYhlvpA5s4gt2r3B203MMdxP54+59jzkQz6Y"
    "MnFat4nFHuANp9DVy1Q3GIHO3ZbEdujSFneFnifQcmY+i3ZwQnfI2DBtZn+Ee0FXQ/4yhZ"
    "+B20LfpjGB+zpTeC7s1mMlcfQZMxcOOaNkbFFxc53D3eDaK6TTH7lpsYlgwoLr/1wwzTEf"
    "GfRhASt+/wNO63zCvjMbf/5eW9hwAU7ajHGNOrU/sMX8SXvQmTEJzQJ9gu3Eec1ZzsW5Nn"
    "c+i4bI8nttbBqLGV81ni+dqcn91jp38CywmVk4AnDOsRY4FfjCMNy5480O+fCrJvKpAzQT"
    "9kAXBk4opJYPsDpX07ROd6D1WwNNq8Umm0cRmCXuqbHJcaLCo9ri7R/xEV5fnL//6f3P7z"
    "68/xmaiMf0z/z0p7z1ijGSULCnM6j9Ka5Th8oWgu0rpsIssPGRYpy9nFJLzdoASYS/8OBR"
    "/nrcLC6DZ/S7ZjD+6Ezh57sPa7j5tdm7/KXZO3v34RXe0ITlRK42HffKhbiEDA8yWM7rGI"
    "OvgEP4MSUx2SeLMHni0r3xDrZhuXdixfPVongApq9h8qB90+oPmje32P3Mtv9pCGY1By28"
    "ciHOLiNnz6ID4ndCvrUHvxD8Sf6n22kJdpq282iJO67aDf6nhs8E67OpcfNFo5MgT7zT3q"
    "nQAOMCpmVamwIUmxeoExjNPNYoXPUfnpRLlLdDhLn7GXYZ2Gt+ZUvB5La7BymY6koPd243"
    "J8bcP73Z451drY8WffG3yeCkgneHN2aOXMeb/cvmVasmOHxPx08v1JpoIVbjFfPCjJzx28"
    "YvzS5m0TOUg/Qycd8Cn9mT2RyHjqczJp47LtGtrq4X58Lt0ohyi7lh0glIJw8oGZ3BZVhR"
    "7anp1Mnt1edXdZCQUE4h90sCvHWgazIFcQZkNHEvuOKYxOSMzGC7g3dTSnV7uclmqakSkQ"
    "4pIuHYiuMMMlKQJh8h6dhrfEhMunj7NoWcBK0SBSVxLSwpuV+IZFQGXkfpSsjv81T8Pl/D"
    "7/M4v239Xwo+Jy4XXvNKZPHXjAAvp/Tixw+ZtCifooTz9cP7FNP1w/vE2YqXIouDxZAZW2"
    "hSYcoSKlM1eMFJlxtLd989EeXKFRHW6lauWJRNvQoTbbVcuc9WmBHOebVyxdasamuYqmLs"
    "Zs3V5djhtNeC8Te18hqeWiEFFp6BdO6ur2uqlSEHzt6seionc8PrYVbjQFC5RNeFs9Tg0R"
    "aoi9tx7n9y+/j8a48Z1FGbiV3Gt93+rtzuyjMCoZnq6OiQ2ZFXA9FJiTi0V5vTYqI7Le5Y"
    "y5rK5rS6Wl9rc8J2GvMbbjQ6dTkjdDLTuY4t8SwZTyl/hKYvlu446HmTzjQbngjYQLkNHW"
    "I7aovzsjnRHZsZD3GDU943QG/iaGTClHymxoLZo5HwFY5GnL2sTs3oXNB+seh8+ts1QXba"
    "6LFcdYj2LxwZ9+yQO9R6ZMJHiJ5Kt63XAU5tuIlsIyb6aPQKDWH/3e92iLwveiZdwV10Ma"
    "X2kHMTvZJui9QOxsB95PiKn7AYVp7Gg5rRYCaalmaZRibjTpiqyKpyDR3z4nF/sAk+sHS2"
    "4wfIH8kZzE/dkudndOl9ibDuM+tV/FPfsa8NxrtUtrs1pruoci4XmYzDmqsLeY9DOls4Yq"
    "2tE/bm8Q0sXIs5GgtQIB+N1CO3mWS99STNAH1IHqAPsQGKrIFpRylCVuSh2tZQtS9WZ9pC"
    "QjSVfVVhsVgJKXG2otig5muYKmr608cO+T9igDC1LwbX/vNhwaUAdr/QDVi87Td42/+q7V"
    "fcVvEUuRSy+nmT+Oym+ffo/L687n6KmvOwg0+RYVkJilmGJUxVDUvuw1IZy5MXpvIay6Wo"
    "nGnjCZJU9tyN9lzBrsqYu8HeGJxUCZbc48QifTLNJ/mCMaOQd6m+ziJ0H2i0OQSJYHM2IT"
    "DWz/qYNUCFM+vwH3XqQpurkwfTIlPzBdSFMYYE8QkaZggq0Ipgo527U9hKfq/Z5sKSM5V9"
    "B+2RU0Oz2AOzRNT8HzFbytwyn3XXoQGT3HJsEbJdJ7/XxgvbMWexS5WN5ZA2ltXYxXibrO"
    "WFiMoX0X2RJqL7Ijmi+yIWNwPK/UIh8CKHW3wxi20C4bgPn/pw6nSteztoSzkzi/VDUjWI"
    "/DvklyDQt3s3rasG8Q/hbLNz2bq+Fme9Q2x7c3vdGsi27mF0UUsXaZa3sWq1OGWUjUOEJR"
    "SNT0QUThWUz/hkmyEOkFUDXOgBxiHQ/mXybPbMINEBl9+7wWXWtRfNyM+ML9gPtki5I/jY"
    "H4m/Bgn5zp2uhFrMizTXOYG7qc3SO/Z34Ig/YIijc5rVsxAhO+Ao78t6FAkFTrUjnq/ZEs"
    "/je+IcZoE+1ueUO8DKBVcsnImyuZL2cEbs80KL6oEFy3RAuZpbuko4v2JjfUaNhFUrTBnd"
    "mCTpG7eLcm1LV63L9k3zGqZsXUrosAXp0pjgzfT3ijyC2UxPyGpdy+gw4XH4/PZUmLywUG"
    "dcZlmagzQHXJdbd73DLM3v0miayYpmlMUPFmPaGJVIQ4aHabC46kZWmXZNNznIuMW0UZZC"
    "xDUfHpil4aKkjrUcsO8JW3KcsgRi0Lqhbf19sN6J5o/sdbfzxWse9axFglo4NZYg2QAfJ9"
    "n8m3HK0/Vx1kajf+NrkCe2bMjQuz9Hozoe6RMRnkcfKQKAyHBAQ8ccV5h5IA4uQdWA2+hc"
    "x77suE6Sb9dH9rkq7OcZtkY19VZf7WFWZKFQug4RYi9th81gTMwXTvw3qBP5DC6ADToa1H"
    "rpdt1UCWhF2XRL7FOXgXvbjHqYshr1ooy6QvSKpWzIvUZz95psIRVK2iq2Im4Q8RzGGdkb"
    "pqqCJRWc9bz02Tgboao4q0rzl8EX2RgbJqr4quKrEOsysjVIU+AFVoi48MqtL70m+tEJHQ"
    "szuUjjiMi+rxBw0SEvlulINEf3cp3oDwInaKJPYjL0UULhgpFAO0bDda1HynXbd9mc2LeQ"
    "Niwusr6GIuN6ILH02peDmmq1yYHF/VVPJeVueJFNwdxgvNphwjlPlbURkSsNb0My8OGXiI"
    "JJzqkZrVId0qwTfhBnmeKS975v7uUG2y5fQWEmYcjTYDTICSATQneEHHBDosXUuRQdlmiN"
    "iyxXVJ/tyK1L7KO0DLJ0W7c1ajDL0QydP+3KLNFfE7sLBN6XkXMTRifAMKYBazj0tiPjrt"
    "zuvsneSss1FxFGY9/nurXMi3lury3RaclZKNmUlJuZhW1iA/iKHZWVVzp/NkF32BXOSPZS"
    "ViYFwvx2ZNTtqqeyMgvhdTRPJc1hw+xDf64Ofw29lZVtzhR9SrtCZYlOCqPG5Myhg4KJnc"
    "wkOkDWaFAPSk4gjWhLG3NJtaDCJihSwYy5iD9YNshXVEVPMoymgThZdcLZS91LE8UEUfi8"
    "zMXjFIsFjaeiD84MNcxY3jeoMO2LlSjqI6PEebsmrDBIVODYpMKGFPrAJ1m4HiIqBQTTod"
    "nuLkRxpqfL2A2QF5n9tU/d7q/tzpcGcQ+G/LbbGzSvG0T+HfJ+6/ozkPe+ti9bDRL8BW17"
    "3a/tq1YPWrtHQ9780uoMGkT8GfLf7lp9mRDsHUGP/+gPWjfQl/ib0jO55wRfF5Nym0i9EG"
    "UVs1WUmK0K/eaAQsOKpZ6MmompYaIq2kXB11XkejbWxugq7qqi3wL5qNkC4GKE1aKwMQ4o"
    "gIm0o/O5fJ6gesTJG14a1UD86nUiP/aK1lehjkvK7dhqmSKSYh42Te/I8myG7oKtG6nD2m"
    "KrZorqHRWQXhrWFh1IL7qWbDCLhledtKbR8CKYBncP58hE4N65JkvY4g02xoRChMhzu7el"
    "cdN10qgA97buR420twrBfGLLGLZeZf48pPkTRyDG1eTsTLd5ka0/6Vm75zxJeG/3g06bLr"
    "2iOO006WGN8SEcD2tv3rwZQpth7cGKnJiwwIk/R6PYsrNDP0dOgBajpvyoNptYPdoif2HC"
    "Nt0g+P+Q37Z6wAKt07xpNUjgx5Bfty9bncuWdnvdHMC10E+g+6XbQQr8M+Stm2b7ukHEny"
    "G/EgRXol3n7uYT2mLl3yG//KUrbLbybzHsrPbY3H7EfeIDIlO4dvGsn7bCrt7sDdqX7dsm"
    "WscDP4oxLhb750K3mEJuAGnMYJSrl+EgWWRQQNTZG+CRf+awjiYYy+vQEvipHfUkiU/v7D"
    "wCiRQ3OAWGM72kFiaqDE0qO56DmBhZ5LQASRnc04eouT5NiHxMFtcCJMWQ1/B+pSndAdcT"
    "LH7JdusAyeE8AvsCqqtStovL1zV+gCpXNZdc1UwFeas0r0yxs1UyRBouwZPaAlRtN0a5X/"
    "Fvbm/F4VYIcUzadUVqp8C7llVyKbdfmJUSZ2FfMckJyQR0PleMzA3ly4GJ/6deZP2EguZ8"
    "vs3oHNU+vGalFS+oRdwQ8de1cAazid+QTXThgPBGAFlsWmKk0PqrGAZ3+fYH1G3mTi3RTc"
    "wF6QZIx7p78KQQ5WYA57Wo9f7PtQ6aS4xYnPTY3FCWwA5erq9zxYxFQ83yW6Zwv4jGhBKH"
    "UcTygweEQSMgqDPL+UgQ89HDE8Cn+tMvOv1vz+/jI/+JaxZTuGZyv8eQP+iGIfHu0bmDy4"
    "DMRiG6Qx5Nhr07ZhXLXkBnjqM7RsYyEC5Bkc3NW1oJ9lIe4N6cKPxlySHrXvtS8PfQ0eoV"
    "5GTyVD/N8GWPR+sgJ3Eny1g0ekVRGSg2GyiQXTlYJwZuNyfG3LSmicCkymqX2GfAkURXUU"
    "myHuzKGhnWb5JCeJUQTCBSojcMVFchDM5MzpYE34SYPJAQCZcQ+sd8EIU2PRQBVShRHt0O"
    "+ZCPRp5gOxr9DX6EAKOkJEvG5lzHECXLnAWRisiZZb4Q4XYlIssaL85efcROPWg66AHm/9"
    "ImbDZ3lkTUiRB9uHqKkLcJtZ+knmwv5nN4ApCWTYLlUSbAUtskdMi9DoEQJGcTVmwXwx2B"
    "dsh84SCJ7qyJllrcz3QHN7N7IUl4b4od4PyswqeOKXHzxexehZyXLHKvKKoCoxF5O15gND"
    "rZM/BZQVo+T2j+QWsnWNK1f/fppj3wqqpmsH/6hA3iHw75Xeeq1dN6ra/t1rcGCf4a8v7d"
    "7e11O3A5ciLQonmL2aOy78ipUD+f7/qhRu6ZIe/eDS67Ny0NaG67ok30zJA3Ly9bt+IFvC"
    "NRm3YAMrhbm1YeDjl2C68CJ70jaHkt+5V/0xl59x+yQ+1sZQ5XFKVQsg8Q6hB8shijk20Z"
    "EbKqkFL29PuqVNy+S8XRGQKXaq52oQr9W1v4UEVelZlkwcGIV0AEjRO0HDS3zdQVU9ezPE"
    "69M8cLJrTlzXBP3dSSdsvkRVxBWi3kmRdymLFz0952xiuoqxm/fsZXNceSt9PTdAVUNcf+"
    "iqOexgEkYhgy4tcESAqcQSAirsSzIlYgcUzzaWUNlmD7BrWFSdhizzp7Ibrz6oBVbirIm/"
    "3ztaqodwgmH62iXskZ6/rgsvE1TFSxtUh1CkvO2KD3NGPiS5yyYrCKwa49QcaIZuWxirjA"
    "bBYCnPfUbnluNzj2RXemsQiBOjHn8NwTgQqN8bO6jUEDcMIPFDiSeLfNcO0+SmUU7ipIuH"
    "1DwqkRyvRVlZEdmZu+XknBFvO0vA0LYIUsCXminK0qQha8IuTxqvOeKKO3KM4biVCsFox1"
    "Gc9xtSINSiTaDMvG23ysodv3si0WZcDWnGLoHL8I067x9mmrOZ2qBBhSL1KtOyHt8ZAsLo"
    "+2ua97bL08qiwCO5QBZs9s5zJ9IrWi9cxOUsVNBXUwtjDrW+OmsyssxKXoqQMdFeYz2p1V"
    "e0/okZMrKavHn3obUns05jdMVTvNdthcYvYKcvj6pzqCPywbYiudYVQWfuIigUZWMpMB3v"
    "iti991kU3+Ml2qa6flfYMq37xY2S8SltsysyWdh6mKHLQtZUt8XJi6Nmxt5EzqofXInuht"
    "W6/q5InNYVN8kPAp4zEGeAnUhATBNcfODxypjx+ttlu6SKSLAufnVLkiBcwVccwd51+og0"
    "IvRNX0K970466Qmzb02mtfxVtnT5ypwn9LFghaFTI8oAQf9D4lZVKvCTpMzKCunP4KpchH"
    "2djRGOkDepwYe9N79FbzanMFuKpOVirfRFHrZAXMgiorV8houMbKtTJTprNy3QhgmUf9mf"
    "EVvAz3kGTq0vBEicUeFjCwE9dphCWtljHLd1yBz7V3BLWRfCDCDEum9BmRF5luCaO8xA2x"
    "ydlodNl5/Rb/nY9Gw8XF24sPr+rEoU/wFD7UDSLc6BN4IOheGOmHXGJCsolApoGZJBOLHf"
    "Ji6Q52zNkzs0RlL33CPope3Dch92xszuCRLnutqzbI6JUxroDGuAqKZq9QNNvlNueX4FnQ"
    "bT6/DM8KG2Hf2AjZs8WrJPHKaFEZLTIZLY6hYRdMW8ndaOF+DllTeGJ0FXOLk9FXuCVpv1"
    "ahY2QrFI3F+0tXOLDJrWBLws4WtwSu+stnZXfbxNnoTlMw45tu63bTYJY6xixwub7e/IYN"
    "Neq3TBVlNl/cG7o9ZRMiCFdhpQ+64SBkMtYcGk9NmwmUZ6+YvIz8wjMizEURP5N355VBq1"
    "gGraqayb6BQKtqJgc0B9hoX9edBANXCmzlAH2RBwC+7M/dBsH/h/xbs9cRFcPdgyG/7LUH"
    "7cvmdYN4R9GFPc3ncJ6qts+a0j4qUFxH5350e9o1J0JW5BDGgb8tNvyNEOOwYW8MvAW6hh"
    "zguk1Go8Dp0YicgcBn4hiRMbXZq3psQ877BkP8FCwHT+C+rnPy+2gkTtkaerpGozrxT4gS"
    "DaMRbNGw4wcLOXwkC24zpwFb/nJznOxeqkYFnjmrKTBCmoMtsJgidtFNfx5P1tr+glNxy4"
    "H2aauRLvJIu+noQunYrjBFkDSXXWMfugC8Bqze3AtYcLUtXJAd0zRkkIANLMFYA/oII00s"
    "5iws7laPFSoZNdDYv1ypanFNbm93OXDxDA/DZKx2FW+ETRwneIv3aFE9leL1MLpjGNXMrI"
    "3RFZa1tSsdhaGxQzxQESySJZ6enGEZLPZ6RnWD4ClFGnxm6gM5bSrv51/J+1kBGe4LIdLb"
    "1zJ7QRWUFYM3+usq3KAccYPUyCjBiVl5mDaxN/4VZ/YxxQTVnbEefMdR+fAJI9LnWJ/rOS"
    "CJrDjW87osE88O5MX0Ztt6Z2ZgTqbzaWoBvM40JXK9erKUe0rowwMbOwFwnBdqr9N7t+tC"
    "WSbWd8p67xCtC/t7EI1Utv6j8mceFC0j0ViUnM6YbCT660ZZVVUqDi4N+6vLrgFW4VCTE2"
    "Ny6iy8wFe7ObOxAonOBSTa5+3RY6xWkt16+SQkAaaUUKwQTQoZxbMGriQM1yroIWsJGYKc"
    "uT/4K7SpL9FH+6BbM5BD7hnKJzZ9UGAH5t/9etnGh6WOCzdBxOpKujkKFtgTN18MNnncyu"
    "irIK88oEX2gFbS7B58JkcrW1VGzlby7FHk2cPXjjhVvq4rHnFkcfaK0Ymhc/aNWjzB0hZt"
    "slaInbiNtZdA643iKwYUugQuzMZoZD482MzRpubCskcjkB8fYFYR6lnSfrDJg8XY6zHOLE"
    "PaY4l3dzUGZ653QBiPOzEPyRwFX5eoTmSvrxoreA6beJAccCBOAzu4DRzBHkXmAm7aIspl"
    "yN2nFOgdIhSYGuTFtJ6YZdcxHsbSmS1kbtjjRSgZsR3dMMTbEfYdejWWAg8kWc4OaKJBHs"
    "Sk7UqwPqRgHRqK9OyNklVigULg8j7brNpKkO50AlTEauc9ulhwvKUPnQz03lw4smDGaqWb"
    "0aWA6SawzjErofrG7l2WWE+q4qCSv+byxkFVfon9LNgzZtsgsWbja5iowMFPYjXt/6M/aN"
    "0Q96HdDFZqgXyHGasHLBe6Rn+ufBb5+iwUUzwH3t6sejrZ6Z2WZsvBCS8NhcravzLHixnj"
    "Tuv7XLeW6xRxZcP6WnXcJdGYoMmulUOTZ1B+QcNFOQ/JsQIUjgslXudEdA5aaVSDJoxPbI"
    "xKH7OkaPY93UOp9np9YYOk6JlK5T2kylvJzJXMXMnMuRk5vMU+E2MjVBVnN0vFwY1kR9Gt"
    "PYF+dGd5FejyxJidVgSLTLQqYOrQysdxxFsxRF+pIbgZk2kDV9cKst77yYnw7BOkEmI9BH"
    "RBJusUetKj6K9OQKYkAeslYrdjLuUcUSnG+pzyBIUlt543+WlgYulc95MOVtSVBHtUCdaf"
    "iWG+JkMr+QQV0HJmZKXFfLKluhCmrNSFoqgLCs9KLCerUhf25RP1tpSMCkOUruKuKo97tU"
    "VnTOOOERbYkVEUjaxSFfbnpwiLnvmwV7S+CnVcUm7HVssUgMxB8X53lt+GezutdSN12nxs"
    "1SySDhyz8ig0YZUlKFkf1t3WWtAWlSZPaE5te25aTp14XaCHDRTVZ92mqJ0a+pihM0Uos7"
    "5rpi4RlxFJ2R5Tjh6asTlfqlKF9nCHCrG5WFovLOEJUHib4W092kJD2942+/3bbm/QIN7R"
    "kLevWp1Be/AP7bLZu2qQ0M8h/9ruNxsE/x/yq177a7vzRbtuX7Y6l60GiZxIGdqx77LWR6"
    "8jd2yZNMTg92kY/D6ZwfFKZ7ptL3y0PytTwTMFaZFZXmv3u+Td+YcPr88JNeZT+voivjMk"
    "tFk/69NM+uQ5Hx0RN4hAU4myaEBSD0aYap3xqDgjkocND40/Ua3WMh90I2NYXpioshYorA"
    "Uo8WRjaoCisg+kQXnDKZiDNjXw5NXbVZcnNnlT61Sh73azoQCnZA4cbjoOHU9TOsMLNo3T"
    "sjbw9e6A7hYO6tsRsiwxurAks3uvmGVerTaVXr8q47ZGnQ802qzE+6XHhXfZdzkjgDa6gW"
    "xCxSdEHBOBxQz9ieGhhwWo0Nlz6LBS0Yuloh9fuyt1lXDYxJyFYsVNWeLHpz5gFMBVr/l5"
    "kDEUQBKhAQP+DHm7379roe1D/B3y22b7Ck0kbTjufm31ru5aDeIeYAWg1lV7gO29o2IYPl"
    "C53iqKIERYodYUJ2YgHmM8gb3I08jT6vlBmh21/NMZWYWSL4PaxpkMVkGaA65prbtexhVt"
    "2x0kzQaSvH9ElyDHdKih0Zm6yMUVG+szaqg5HSWNzlRJ+8btY1+c31c5kXUztXXZvmlen5"
    "1f1OVODeuNLtWmoHk2ZrCSaOVzujQXWXmtoK7YvY7doB8ZS0cfAw/hieLc/u9+t6NmdZwy"
    "yml97JD/A+XD3pvBsPafDwsuUVnuF7rh6Nx+g7f9r32tMWvYj5wKbbaxAMporGRkF8UOog"
    "GUVb5V8nJ/mgGUafKtqrDZso16FTZbGM9CFXmYS+ThKhAujeF7bFB9tmuJDuzjZFW59WVM"
    "YLee6A6sDI5KCMtWyAR76pin7NtezysEtNqRSa6J/9oFCisjl0ABmu1eFudW9lJWJrnekt"
    "14NBCdlGhhOoDfTXx5yb4378Pc6H/TPKy/zU64LmdEYOFhFKvvP4v71ta0q1xmxXKZgQCe"
    "kOaQHNoUIClswdmjRTUFHyPG02RbcoSsyIGP21qT36ZxakGrZIvy25jt7Z8LKqLtM9o4g2"
    "THMW6e73dHWmvcfJvBuAkv5Whzy43TyMDiMOFxmHwk79I2RuRn6miW2ne3jstBsr+clf7H"
    "LEb6bdxOx3Y4ndD89YTJbEJaiKiyvG22vAVi5na0vAVC9E6MxWktb+HZVaTUyGtzSQ1nec"
    "Mw+Mye6vOaQo+LN6qv0+YM2VybhdunyI70sxERv9ynlpmKbq9kbpmPFp3NGDmjuoW6XZ1M"
    "TYcZZDyFIagTGAhDAXWZe++V/lgw/dEbuizKToiohKrOz2k0nZ+TFZ2fq7zFQ+ctVkleVU"
    "5SUQWZNDlJxxFkPBB2hfgSwGdPFloCcPDprM8eSrqEURBegzqRSx2bkEc6N6CBsRSwCl7d"
    "KdFKbaTerTslfqHjuzJs9s8acC94StS6H2v+FbqAqS2W47GBhW+1AGR7hXF4TLkGhyg9V9"
    "3W1Q6gAgVbzfkMO2uIqMDJvgIRVa4YYnkQmDzMJjZjwsh7USfvhouLtxcfiPkMbZ51W7/X"
    "DQSIaV5fE5Mby4/itiILTQQvqFFX93CPPQ/8aQGm+OidmQYfaBoE/x/y3+5a/UG722kQ72"
    "jIm53+t1avQeTfIZe1PhpuzY/oOB8nM2g1W7YdrHAPBxwymN1ZRwxIGvhVDDlM2Fav04Sf"
    "3lExxuPenChGIhlc12tfCjVvXSzqPtB142KX8htIiA9XEW81DAULawlP8Q/vU0zxD+8Tpz"
    "heqkLyyx2cnSYkXyo72SwsIZoCi4FHk67hpezscMYRqgIzVsi+OK1m+CTEe3BQ1z0py1fi"
    "qf1k1xFrkXJX4Fpd4vYLs+KS9WHGSOr/2UYoRFPplZstiysjy66GxbSxqEVjcFpzYmhqbU"
    "Y4WtmodmTsnc1OUBZKy9XQTpWAb6RauHNgbJ9Zz/qY/RbosRA83u/anX/vW458ZDPdAduK"
    "+ihgO8bTlxFOLBJlK6uy54UD5naXHgGsuEVld+Aq3JsaQr8aw0125Gl/MUdEbFCfizMJBT"
    "89c4+whJKpaUywRhUaVt33x1XEXsxm1IpjfRcoD6RrPVKu29R9t5gHLnS9vs4NZ0ZbpsFU"
    "d2EiyNkz4zh2Noy3oTPrlVhoiTSOkLE5m1OuxkzP3kMV/VMsL5n4G2PrmqAUWtqYn4tU6Q"
    "0Xa9IbLuLpDaflQtliPb7tdb+2r9BF4h0N+eV1u9UZaJfdm9tm5x8NEv5dDCO9D5KzywjF"
    "Oimw7bj2tdVBoDvxZ8j7d7e3MCwwbt5RQcbFUMHxphwOl/aADqxPzX77MqsLSxA1iPgz5L"
    "e91k377gY/IHEw5C2Ub2577T4M1+q4GOMDQoX+rNgyPpmmwShPMAL7RJGhuQeqfY2Nt00f"
    "1sn1qdu9DpnzP7WjXqy7m0+t3tl5JDMjbnV8ZpYOt1CsTmuZHSQ7ILv9MyfLb3Q4af8yeS"
    "aBKER0wIXnbpB12SmM8zAEmoaP75Ya2x55LdpJMUDY8H5ZQdhql0GdSWd2Q8QrMvIA/712"
    "2HeHUD4hzotJJpY5fz0xXzjxeEEECl09pqnl0OeQj0a//3tYe2LLIfQ/rAG3mCEPUfgZwn"
    "2Gtc+9VmtYA1YPa5e/dNuXLdlgPMU0Hhvb/P7mzZs//vxjNFpjr1NNtApYrvJih9pl82LH"
    "3E7p8JpEdIgHGL+bMS09TtYpWnNdRWhycGYV7btJB3QlDWJaBQiWalZZFaM2Iqfptm5r1G"
    "DWrkb/S9FVE3sqKbNs6Wzd1TkieynrEmVL38/h3UiHsluiH8n3X6DrCN+UgExrwu6FdWLO"
    "VrlCP9h18sTmDpkySxabscwXYo/NOYtnTOewL1SIbKl3hopVm1jlpuzvxqFyRf5kc+oGdw"
    "7jQbNXC7+an13OBib8l2YPMR7cfaQ5n5eMv1n84Avn3vzedtispvKCr67W1/rARTvRJlUm"
    "KnSgPzNrib5qezxlk4XBJoQKI06dCJETf/OJH6sBdyD3S0LJi2k9MUudkZpPt5v95L8H6j"
    "FhDRjYXf+ofOeH9J2X3rfbumm2rxtE/BnywS+9VvMKCdpYHTz007/6udnp3g38q/LnkH9r"
    "ffql2/21QdyDIe/BeSwu3msN7nqdBgn/HvL+dVP7BH1c/tIgq+Ni+MBOsIzabatzBezNao"
    "12yRrEPYBxaXVgePH/If8M8wILpcm/Q37Z7Fy2rsUp/7AYIzaBZXiuPbFM1aFCRLl49vex"
    "HNbuRO/kZaobjNjMaQh1xoY3B6VlSRiHqwuG9n0slfnE2NwmJmxUoMO8IVL0xUA6VInJo+"
    "umDe1qed9gyIFetwQxylzQGOgmJoJG2SaiSgFHLT9ccky5v5HCRc5esPfNVdjPU02j8zXz"
    "6Dw+kaaOM9eSvv/EHTVCVfRsnV8Gg1siH1cCa7irNo7oDzYMj+1gbVU2A5X4DO8BdzLdQO"
    "w6YW8e3yAYB8g5INkoIMX2c4t9pwDBoxhKeM81vuEAzQHX+gP5hdN8XR+SP64P8dAfujRM"
    "VQZQshc4QFIMn2+pCm+5H2CWlS5IUkGLx6DFpZ4WY+d6Z/OKqoSO5hNxLHs8WZsfbZjjJz"
    "bRFtzRjayDHKU9mUK9taZrtxCJGLaQDdE8Lt4Ef/GPZI7bue7UYQM30ZzhUczokjj0iWF9"
    "dgS+USUZ5Nt5mWcf8EFjlqVK9UwGHwlTlUBKOTgASRVE9BcJIgo7kbmzxZAHyE5mgf9Lbu"
    "X0HhTLjEgnAZIia/jfpqbNyJxZtsmpQdC8Hda/XceETc7gaW03tXKGdpgxM2zYTtM6vfMW"
    "ny021uciJi/TwETJCjw4R9NMXtj91DSfsjE2TFRgtgqTk/u0kbmu257HDi2Y5gFn9hooFH"
    "/GxgejAu0IQTdEv+3NaCjuNMiBs99WPRWCuTvM8oykWw5WeL1IAVyDO2rZPoG97L+5dbot"
    "dk5A9skMn7JPiIVbRNqFJYKKR4/FlgQv19cFl8wjDdPgK4jBQBMEchs7IDqC27gh8kpAhR"
    "QkFYJCsaJAqvqbOYuiFSTFfiEpwvXsU07ZMFEFZ7hZhr9f5TDtKL6ULxsqKj6EZ1fW+igr"
    "nktGj6eUP+6a3+EyXQzRpeiwMBJkvvHhkkXP1FjsyjLBq6/YUYlYtV/hdCkQ/pSC6dID/1"
    "snlK4abRRIb0zOlgT0ZQa63ITQR3hLDLJZUwU+HUklkBZLIK0K5e63UO6c6tt4+wJkJXT1"
    "lcn3M4N1zMxUR2JFcVDoqc6v2qDX7PQ/u+BdJ1i10WIPzGJclU+VzO4QUQlCFvZde7Qq7V"
    "2V9i6Yxlfc0t49Ric3FCPIagq5PHB1rWguAPpnq4YbxfNfzBe4hKi5CxvD3ahNROLEqqql"
    "W75SlpFD+7D5IE5g+x9sQhcTHdfEuBifb9fKmpkL18Pi1nCoKl8eUwEQIX1iAmYr2Rijq2"
    "zT8QgUuo3sHyAroex/omF+Cl0gZhyrCv/s4yvC3SIbTwMUFUc3S6LednyYuImiMTetDBqY"
    "VJtjUarqVGnZmqI61fEke2YNqCF2KqVo713eKNsj9JDfcqNwj9FV9mImM11doVqI4FJDsG"
    "XV5xXglO1J5G5bATWlDtrKp9sdbPgFWMxLLc2Lj8kxHapIKfukP66Jeg7SlUaU/4+Li3fv"
    "frp4++7Dzz++/+mnH39+6zM8fmkd5z+1vyDzQ5JlwsaaZbnatAl76FB73oKP+knktgHnuP"
    "abCwceubcQ7Iqv/YHL69d+2VCzvJapoKawdcNfhGfUGU/RyjIaAYsmIhRsNCKPJsIOjkYO"
    "o7PR6KMgsgm1YPUWMFH3S+IFjqmRp/Zyl8q7W6zt4GTCDQvP4yDupvt9qJ1QmyGdQh0UOQ"
    "6xdnnXH3RvWj3ta/u2QYK/hvy22Ru0L9u3zc6grzUH2nWr2R80iPL0kDevvzX/0W8Q+Te6"
    "IKVxdL1L4+h6l+zoehdzdOHaZ2OmeEZzjU9T4Bymo30duFNktICtKKr1JkXha2BXHoYFt5"
    "sTY25qs8JqUhXJqBDBcFXIlnGU12TxMogwq1G3dYZanqjUQxev3S4IdNEgjGP3QrSjnNDJ"
    "TEcgUpM/6I8LS553AmjY6yp95tL/kA/5lW4DEYqnEi9OIMoxB2VrW1ajgRNT3XZMa/lR3g"
    "EbixBEAgs2nGeCalZJqQWUUt0pobBYrKtcFqCqCpdlKFzGQPjU/ILaU3OhgvtOnNMJ1Ifb"
    "ucXsyyLEtuCJbTI2MOXRgUUCdF2+JOLJyT17MFGZheXDzSpAmEHLUZSf376bPUtcbEZ1Q7"
    "MX9//LxgpfczIcXozwdEHxaqPRv4ewIsjCYm/evJGlxB6syIkJC5z4Ey0aiD+3JDNYZeS2"
    "Ih7jNWwbL6Y1USZe7vdWRwbxk3MCq7xln0ke1elOozxW6r0Mi8Vm+P6Wtt1WqSKv9swMe6"
    "bPQLHea3K997fBDNvn5o4Ot5P+dJFxkUUPovcC5NEEkRqLEazZDFFYIN7LqT2SO/a39wgu"
    "d7iyrogxwmpRzH+vkovZFhF2YcoKW604MXXx/JrFfLIlYmKYsgqlLPCwx0IpvS/0fpnNmB"
    "yjq2z08V3Nr4eWibURqioYZ5OlfjUXc7DXFwqVKndzfeyzzQEWKj7f48OQMb6maz1Srts+"
    "ssFJzfa0YxH5znOItQnbHpE53sXYgNyA3D8w8f+UQxJE3rhiDzrXyzY44kW1iJso+bUtRN"
    "6AT0lVhhCdRJLppiVGDssVNXxEFTEUE783dwL4w+w2jnboNnOmlrl4nMZaPHibiXIiwXkt"
    "NlB/pvWhXev8qbbeiSaa1FN70QyveaooXaGPIgkG1WIRI5eRDUKJRfnEnBHHfGK8ToQLag"
    "JtjCWhCKBnY2bdVK0T59Nt5eUqlpdLDJmGwxNn7pqqQCGqfKKFjsvmcF2g9ymiej68T64L"
    "9D4a1cO+z3XQQ7axCoQoS6gvnq5+GDcLPFBdWnAyFx1SUJYm3j03FdEtMJP9IwoRVpa1In"
    "9C5hxYv80YhwhPZoxrn3XLdoi9GI+ZbT8sDPJMDX0ilDlyFow5IjZjNnmZCrlJOB7GC5C0"
    "ZvBDvroaVXkP/Zd49lWVcJIX89O066aphFPByVZwssc3qeQIJ7vfaGFhlKgpLRzyUn29ZW"
    "PVKF1Y8GQxdggNblSGYZMzSmaMYbQtsUxzVkcsIHNh4d+p6TADg92Wig0xny4rO0ax7BgV"
    "4vp+EdeDTxZjc3JpxghZCYAO14k9VW3GSiLNRyItkDP82IO8X5k02QubWSjd1Q97IpLpOk"
    "9sD+Z9r305SFfqwJVx86lyUCKO/xmvbbDyf+ZYE2I3z/QpMA+e1M6Baa5e85vbW5m4dQBN"
    "0WdbssYY5OxGzVH7Z7B1ChXSa4+oIA7aMXnYvCnhRtD0GShU5uHHemmiui3zQa0Zm6iUyv"
    "xvgjmmbf5MLZ1yh5yNpwydGARuYdNn9qohKCm3X6B3MSLknhkmJp86puwVeO13jQmp0D0d"
    "8jmzXnv3F3QfhTvf7Qmu+k83ppybDjQyDFSWgS5QQ07SJuPpBvR8uXdUiLpHdfSDjqZYBp"
    "OTBXyC000S2DYrLvZ579DPkdMRxlOBUQ7D4a6maYc/RnjC06ArjqhB5Nt4q65gxQ+w5IpX"
    "tcXSZ5hjihBUYsTlAMMBhwVSDm1zMV7APPgTRleBYLW/+xx5Gp0MZNOphDJUZp1kVpfXrE"
    "Ot8RTrkG0x7BHS0wlwaIK86z77SkgGSZSbBKVVWAupDXLtR1cABRHVwAmwJI9AwoXLRSFv"
    "59RpiUMZ5EtkkqWDJEU2Hop45JAKA/ssdcgKUscd99jEOczi7imqmZgfJioy+4tiu41qmN"
    "ubbgOO6xNjcVqrbXh2bcaK9xMk8onUKKy9cfulJBvllsMWXJG3ryk8Y7ZNdy4nfCN7KY5k"
    "gQOAW+AMn2QlBlDy2x3snu1uh7gvjsKAXSemheBuzU7/W6u3uiQFhJQ7xXHsqIv53LScS5"
    "hdNZUNNXC5vtZ+KhticemUBXclOr+geg2XnlBwcpiXAORe8UybZ3DutWO+hj+KsJvdutoc"
    "bvN7DTtciDd+obpAuLZ1XJug4e8hP19Ag/qjMkIe0gi5GqJ4nM5miOIVdZGjdmqw+ty1rh"
    "pE/h3y5uWg/bXVIPLvkPda/e71V2zhHQ35oH35K3TXvW11GiTww78Cx1ftzhf/ovvbv+51"
    "Gfo55JfX3T6eln9TSsORaKJUwURrYomioUThrzM2F9arwTHi01GEv6HrR/iEUExg3GGYJY"
    "knDFBKcf9asI8iW3Ju0LHAFrIYOXtic0e6jXQHVVwLZABqs4lijd3LHUqsIjsU0xiz22KC"
    "dCcz//6S2UQMWLgdFtPk9Extf8kRBq4rcwr6M2oYyYh3PlWJoHjeXfz0wZfY8Mc6Ya1/07"
    "y+VmDLCcYAp2YzxhWfTXKob5xyKymtYKw9dLivtaVXKEhXLVhFXrAqz1/yOlZezx8whEoD"
    "GzRxMroG1MQF3rmEtQc2l1av07wm+MwEy9OgpVQgpvrvg7UfZ9SKe/gO46gpfZi9GAg/y8"
    "1XDQOBgmer2po/2HUidEGhFj6YFrHMF1lhM65sHmaApKaVFW8xQlXgD+Vo8SeOOdfHGbka"
    "ICnynD8eT4tRaf3kLch/5XSd/S3Y+fa81+Sh2EKVw3C7XrKB110xhjt3P39wkU7DXXenzI"
    "HB5caCjYgUCUiwayT+HDhcSAf8TlL+dj1sC+er1KJyxfSVi2d8qDMi+g78bk5q70/9LQVl"
    "nn1XzQ6t+8nRE/6+sDl8wt+R0hXOFs39RC8vzoF+N7k5W34kFnN04aXDZrKKtdh4cc/1Nm"
    "lbRhZN6WRVLjBWOntP96mATooVQoF4xzGuJuOcuM1LB9H6Pk1YwvvksIT3sbCE7ClSpciN"
    "CqS2vXnzZpXW5v6QKW3wQ5nwlJX42Mlw5mxusO+6k/AJpamSHuzhgHA2/fbN7XUr6+BKqg"
    "aRf4f8sot//94g7kFKo17oyztP8+WdJ39557Evz92a4mOyoXycT1VVjctQNa7yPyVP9PL6"
    "nwKlx9NaJlcUBTagCw0SH9UTXfnEwOh7ffzEHDcDV7el1HtAH8YaE6bj1rjf0RgwcLs5/V"
    "HITLyt2rma0JmV/mBCPVXhKGSCkwkH7J/YInmUFAgx2xXau/cVJGvt3ueWBihGTEKYb/AM"
    "8LLkRXem5IWxJ2Ppw6jI6p86F1G05gsnuNWRf5mqSqJ5dFip35X6XQzG7ln9rgBcVxpWqp"
    "yL8zVJF+fxrAtcVjRcVrIwOUR0QG33bnCZUdXdktX5V/qhxgtd2hqWTMio0EYoK6U2g1Lr"
    "pTeL3TSLDS9GeOqmvJkpzHG//z6svf2Pxtu3EpnqXB5iuqM0x3n4dCih/GCvk2Jy6/XYxj"
    "/DtBeWKgl6DQhWgKYYEwPvl3liXMG64o+LABmE92KTOhmNYEAv3l58eH1+8friRxxVGMg/"
    "YCDP2v0uQVOOL5v6g6kILdnHDY48XYTIro3pnI6V9uJESTpOWGTzSXcuUgbR8GVjdrx4+p"
    "XO7Q4nmpZeU9vWH7EOECjpM+AeOcP7NVwASwezPxRTYx832HMcH8yKOdwBtC5qgdqVacVQ"
    "0RZj5dhqSxHVo157L0Xcl8IvdqbzBX68MJKeKosfcF0i2t31vrQ6A9wyzn/0NgcEY4pNj7"
    "xvMOQL6IGPlxhNIniMPm/65CJyuC9OzkYj14JgG/TNVetz8+56oA2a0OugPxodbQWK2Q1T"
    "maQox8pnFpsb+q4gH5eirx50tTxBPSrRNhX6vM2FyFSzFsau3OrJrnrQU1m5FYp6ycfwmT"
    "YG8wRs1zsw1t0Td+No6kixEwm7DGfnUAurdpaRUatJRz3MG/m20kYswKOEOeC1KeQnYUde"
    "CLlJGowfTZijuDHAxDwydlEghEY9TjeULwcm/p9vKPFBDKQ1dDEQ8WYNwl7PRJ1eD8b9QS"
    "W9oDx7D0M6nqqQ4nfvLr37S7BTi7hMPOZa+M3A57UaPBgxeDg5gKYlxh7t13BtYfsh+/60"
    "cC8FvGowkc3F49Q/a7hfnDLEE85rsfENff4zNrtnKmvOSc+nPKJpM41rbmMqCDx3Wqox9V"
    "eXZL+eXJZVnj1/wV7j21u1SeHdA04+w3yS8eTUccQXhXkvgXIMAiFO588I1K1y6GXuA4s4"
    "jEZeFYjR6G+jkZcDI36MQWRHc4E5m8N8Ho1EYK4oy4uVFlAOoaJX/FmH2891uN+DZc6G3A"
    "ngD754yD829Iwrhs7HxmKCujSfENA8qOUtMx7Gz8x8ZpPGKq+HiF1WdDurE9uUTbBzKntd"
    "aVHujkVhgxLP4gIfYiP4a/JxWt/l7zWPM9jeoLajzRf3hj7WYCz1Z91ZCpC2KIDb2oZhjq"
    "5tXrlOD+k6dWe02v+0OfQyQF5kn1/t8q4/6N60eg3iHQ35ba/7tX2F57yjIf/UHfzSIPh/"
    "OvFt31GY9uL+f9lYERSY7B4MkJSgsuMBqmi6tqltP4EA+QH53e587ma1GyJNg+D/Ev+w29"
    "F6rd/u2j0EI4ycGHJpzGsQ+XebzyF/lEIphU+UuZEboHhClCcDxlPDwFcBxurmEOEuz4ic"
    "c7Dw1qPjBuIItSyUUShx3/n1/VL4dFQZSvl2XmKAoNMDSa0hVGnWJUJinUqQ02/N9kCgm7"
    "oHapDUIoKZCtnSZv/MIC8GSQpbGKfWZ9A3TDDgK6rh3neLD+9hZ38UZzj77p9xdYTRyHtH"
    "8v/IuSpxKPfe9+wSFHcM6g4Z9wQVfZVAUZRlOU0CRVCJ3OJ7D1MW97MfeHUjMS/YqxsQMk"
    "jYsG+fPeu2fq8bMJlJ8/r61UfyVhga8GnJgju64RY+s2wnAQo+/3scYglQWBG2WQnU3ZyM"
    "qJhH8F+Rvv9UYlmVN/dXXPYxWACG7p6N6cLOFDsdpywwHm7NjWTAwBhgnmmglftvbqTEm/"
    "lyNHLrDWPQhDT3jqemzfygP1FdZVgL+iiHtfjSv7/bHD6iXuw8mh/wNVmwLdaGxE5OZjNQ"
    "h3DVvVBgP6jPjQkO5T19RH+BpdtPXgyoUAAe9AdnGp87e7xPibct26AwozR8+S2mZ5z6ZO"
    "blX1JICS4n21U+UPdQjXqRRx2/UhkigshmOrzTNiOf3MvJjH6tz6T/mdwvxa7wYlpPAu0S"
    "13+GwYdS0ZTvSc4oevQnulu2ezHHN2oQ9h00M2GvHquyHfZ1kxLP0CcY520t2h7tAe3Zn7"
    "rdX9udL1lN2i4ZenXFwZC3O1+77csWusLEwZD3725vu71Bg7gH8dklz/s5ExKgVcaY+PCt"
    "gfh1GVMLknNdhLxHY1GCwSwH9ih7IpkmU2IyBVUoaQucSHPgKAsFk7MjvKhIKxbHWex+Td"
    "mYGyaq2KoAogoFamXjrpK2YnIy2lfWEgoxuoq5Cua6wYsZWRumqhgbZ+wU+LPFhhYlKzBr"
    "j5EAkvcouaJltjEKExV4hI42+Y9XlKiEjF0DxOdKaHEeZ8bi+7Tq6bQ4nBY6LyzMpqgr4X"
    "7lOfC2veqpnLwNL4gpeBtMmdiRueWu2RERtFKw9njlhU6Uxdnr+cTTcypGp5nLKoU3BbtD"
    "Np4cuF0o2NncuayyiKUo9RM2VlbrclouB227Kdi8sklULN60XETNNynY62vPZVsm9qtr59"
    "/7lmMetX7sAHKNTiXYcCxtbFB9tiukEPZRrMngvd8PLuSyHDZ/vHy8KRlxBsMWTp6m9pPM"
    "+p6wMUg/eaLCHJLhRQsjTcUgL158NxalL6V3kkwS9dVmuAqp8DMyIVxBTzeiozLxKhPiTR"
    "wLazxVRdd4bPWK/eVdCOBERJE/4whBKSBABtQQ4eMJOCDycn0zGIjm+C03QoL0FzM7mI9K"
    "J/YPMjLUDqen2SJTBbNXMUFlSZ7YUqSi2FMYbkV8UH79KiA0fvdA5UUrCWJRlQM4EqbFMc"
    "sBHNs6H4oe+jlN9NDPydFDP8fxKMT0jjG3P4MPPHHe+kRlKlD/7uKnD/7ExR/r5mz/pnl9"
    "rXAqyYwzx4T1UbF16Y/JjqUIZWFzF7Oy9T8uLt69++ni7bsPP//4/qeffvz5rc/k+KV1LP"
    "/U/tLuRJDrFRD1Dn142GYAIoQV/9PzPwOc7o4giOtFHIElqpRu5JX1gs2qTbqCw6K9KDvk"
    "B4KeUfJg6I9Tp45WChyKOqKUsWcE455T21Yhd+/WV1W5qFiiCswr/ZlZSw2nmFpo2RyLHe"
    "ukyKJMraUN2pe/tgYN4h0N+W23P2heN4j8O+TNL63O5T+0W7h8d9sgoZ9wtd3DYGztqtX/"
    "FS4GfqUMudkz/MgJYsXctjpXW8TWu2QwcPJgyNv9/h3Cwci/Q37Vum5/bQmEKf+wGKMktb"
    "0sisKKosBJw1uqCvnXDtNte7FVylOI8GSynP6SOW7uzrPVMEdpq5Eu8khXQBvJC2l5gTaO"
    "lWRTuCHOOZoY7riYZU6/i1BV0cSFjCYu2tzNIZzYg5JXzuEcmNsUmO1eZ6c1g9OyN/LxZo"
    "4D2aspzKLPzDCYdWuZD7rgctwoFm1TX2se81pr80DzjZayb5itHw32IJyxCdb6IU+wT+Ff"
    "nKq+l86/VdxYtnt3lb2sWPYyG2RJmFLsARQHrkplSGljiXdzQGNLp6vd9lqfW71W57KV1e"
    "QSIm6Q0M8h/9buXHW/NYj8i6ay/nULbWTwpxhmlxmjxsYRVH8kCtLSIdzn77LlpqMKzBqw"
    "7wlrkU9QAuau08Vafx+E1LBYeUhfFbvudr54zaM1IyO1BASOzDZqcpiyUpOLoiYrrCPxqo"
    "G+tJNp04+S5aMqn/z+n8E/HJS2QLZG1F5Pzt4xxLLt9ncV0HJO7INLFZRqmEtqANvcum5T"
    "fb4j465lhzd+f2XiXFwJUywCcf55waf5ZsEU68tPqwdHFz21oSE/3VYwU6HPekxO1mEXXo"
    "vNZew4oeOxueDOG/LlDnYT/MlsW6QlgIb5xLgs5xauSiexweiKOKbA5tlxmsJvZiRt0zKB"
    "FVVFtoOquAzLj2ZRi3yCfOT14zI3rH3++D6N+vnj+2T9E69F9CE6y6R1eu2LHFSzLX/3UU"
    "5tDlzKxGCfoIqq2BxVYZhjamxt91pRH1C3ZzyrjQtrUDE+5J970KGFQUQNIiPbMs/wNPM7"
    "eXZHuY+qt/avjPM7RHRAvrcWFkgGf7ullm5nHYHPpiXKutki9QXfAKvXurWxbXLWbnaaBL"
    "miCFHNSLt2/D6k2QA+JK//H2LLvxBptvx8PNoibwXKUqdCdmxIEXJV+FTrD5qfP6/Kn8rf"
    "Qz7oNb+2rrUbGKcv2E/4t4zOHMioTOiteXXThu9V/IFfneb1P/Be7gGi7Q5aX3pNLCSIiL"
    "v+j2KYo3Vbe5Y6akTlNWGsKU+KUPOIIjMB5G9jX1PBP3NYM+mnbvc6ZIb71I7aQe9uPrV6"
    "Z+eC69BIl7qcAhUXKyspPr61vF4RHZDXnsh7sqyuwrWSV5TTtEOnCdeCYbC3GvQQ4ckEYt"
    "a+IfqDKFHHLNvkP9juATVQAKHkhdpEvho5m9tsMTH5cqbDz1cfCWfPzCILDucUlXFz7bnE"
    "YaFBg1E254eCsgpo2xjQFjXQ7Rh49deAaVNMtQSQtjSepjl8Phh+sKOfpIkwW7duXye4ja"
    "byLlE/sG9XbpUwQjDMqcVEdzR4PyyvviOvsKsW9LQsKa9cL8eObCpfRG9YseWPzBZocwfm"
    "1gERwwLWBM/VRc5EkSc3K9peAgtmr2QVqBfLdGTRSt9Npj+ImM+JHgeM2YH1ksvjKeU7Q2"
    "K5bBfb+aXosDAjkO90tdizzl5gupYU3E6gapKXqUkcjDbGWSjeVM5XgUPkmERygehO3Ky6"
    "A299yOXy8TbfSWgv7me645RyFubLKcEfTaBL5MGl1nN5JbuxxVC0SwjDzcQq0VMHOiopqw"
    "SqkT3F78/Sbd3WqMGsnSeY6KqJPZWUbUFmaRYbM7hPfkzrsbE+10scAnlo8NJTnGIv7H4K"
    "covmJu3vrKN2F869+b0NwnlhGFb7Jorah+28lHxrffql2/2VWOYLGVMLX52coekX9QuQ3W"
    "Zwlo/hnfKW2kzBIk0HHpWP2XkrDxWyblpeMY5PP9FsZjxobl6kRue7hn33obu+7K05TxPz"
    "fYrzLAg1bGsOfWIKI3wmrpUSa1hd6kRi7u7GL4k7XFJW2Q61nIpTWQwaFatyBFJHLiBPPa"
    "xuNUfTA6n3RH8+SHhJmKvO+wugHOzKNhXQQkl4F0/dCfCSUZWce0P5cmDi/yld2imL3BQr"
    "7WGNJ1u8lhYF43Bf0sLZBFvGSpUVWXeCjaYlvnZEN3fZ6/q+/YXAvYR5Tu4lWE/NxePUP+"
    "sVHlImacF5LcblcLC6W7SrbONaw4chBm49DTeu2atFQ8mDbtnOa4vZcxhNRmBTf2SiQM09"
    "LLDjKdvV1ZR1Thj+DrnjjBAEhrtVppoRq48+KTvvm7Qr1BQJet6l+rocvZdAozRper8MBr"
    "dn/VeE8cncBJ5Kz6CwmT1jwDqR0qoAohWQMDhkLoqy7hB7cY893ot8O2W6Xq43GPIhb+F1"
    "D+FX5P1xIk0DwiRxNhpJ9f5XmOFvXGPFaPSKiLujjWLKLFZh2RQw0W9hZUrzc5sXOfcgPW"
    "ujaWgp89DWJqLFYvuT3FP/3e92EuJgfYpoEKw+dsj/EUO392YGr/3nw4KPkZPkfqEb8O3a"
    "b/B+/1XLuDl1KGbcPFjmjDRw8jVG7rKgtb62OoP+KL5wpSNJH8eKHEaKZGyVKIxKPRybih"
    "1EsVVsNraYIrQ5+ZNZURT5q6n14QWClQnd3cKqg0ihw+oPQsP4yRaXfrlpXr7u/9K8+PGD"
    "2Emos7CYpNQV+eO59nz4VFKdj43FhGmeTV7DuanQsdbm6iT1UezUndotXRomSG4EaE3heV"
    "iKpDm77mXS1YnruSL35kR30+0EZ8gzNRbMjs+HvDqt0oeq9KEqfahs6UMVeFnZRl2Rw+Pr"
    "5Jkhtsrs+8cQTdeWEPH5g8btVypQKf37tM1nhDpqwuCMpzWFLcW9Ul9nSqGrNpssKcmfTW"
    "VjKJaNAaatrUwVS1aaAiRF1pq2tTX8+GMqSKEf10AK/RjVU+hcgSCQzGG3eQm5e55KCzxf"
    "owWex7VAuKOjxJlPtuMESA5vyNm/n2ivJpcMskH+m9mf/x9/GePD"
)
