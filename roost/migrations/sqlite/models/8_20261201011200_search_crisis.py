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
    "eJztfet32rq277+iwZeVjktzmvS56Rl3DJrQlrsSyCKkPfuUNYyCRfCJkVl+JGXv2//9aE"
    "q28UM2NhgwXv6SGFtTtn+Spfme/27MDZXo1mnbtvFkNifUbrTQvxsUzwk7kFxtogZeLFbX"
    "4ISN73XeHIfb3Vu2iSfQ4xTrFmGnVGJNTG1hawaF9m2KnIVuYJWoaKrpBJ2wy4RQa2bYTX"
    "Rz+flFE1m2YbLL90s0MajNukYzbM2aSNyLXbENZFCC5sSy8AM5hTurxoTdWqMPu7yJQ7W/"
    "HKLYxgOxZ8Rkt/rxJzutUZX8JJb3c/GoTDWiqyFYNRU64OcVe7ng57rU/swbwvPfKxNDd+"
    "Z01XixtGcG9VtrAuIHQomJbQLd26YDEFNH193x8FAXT7pqIh4xQKOSKXZ0GCigFg+wOtdQ"
    "lF5/qNx2horSiA2iRxGA3D3FoIQJwB7V4m//AI/w8vzszfs3H16/e/OBNeGP6Z95/0vceg"
    "WMIOTw9IaNX/w6trFowTFegQpjy49j0F7MsCnHNkgTQZg9ehRhD880iL0TK4xXc38fIM/x"
    "T4W904M9A2RfvUqB9Ft7cPG1PThhrV7ALQ32sYrvuOdeOhfXAPcVzu4XIoDKgXWUroJ4n2"
    "XC+ywF77M43pb2LwnOicuF13z9gnEM8BayZgSwnOHzt+/yzNoVRQXn67s3GabruzeJsxUu"
    "RRYHkwAYCrbjIF+yK7Y2JwnLQ4gyArbqkp56B8cIPXtBtU/1pbvvpkA/7F53boft6xu43d"
    "yy/tI5fu1hB66c87PLyNmTd5Fh8jtB37vDrwh+ov/u9zocXsOyH0x+x1W74X834JmwYxsK"
    "NZ4VrAZYBO+sh1po1F22SMnF14SJNlqu3GcrzQgXvFq5bKuZD9cIVQ2sABaY8emjlHP0EI"
    "uD/JmJBdoD/Z0sOdZd9lSYTmT7qysp3Vkky7ZQMnx/eXPIO7t6RBM/+wJMdGqx12cvTWwO"
    "AHsG1Lu7umrIVoYCkL1e9VRNcMPrYQjbi/btRfuy0+CT+B5PHp+xqSqh2QxXjHMjcsZvG7"
    "80P59Hz2DK7q+6LwKP7Yn/jqrZHWqby4ZMObC62kxVDkA7hfgN12oH+kzgxupcoxq0hLNo"
    "MsP0gTV9NjWbCRNIo4jJ3shiT8QwxdRiHUI7bPHzojnSbIvo07hmoOgbjOiIjscGm+VPWH"
    "eINR4jTFU0HlPyvDo1xwtO+8XEi9kfVwjgtJAxDXQIigoYGffsiNrYfCA2OsHINJ69tl4H"
    "8KGwm4g2/LMZj1+AxuL/3fZ7SNz3I8LI5bB4FzNsjSg1EHtYt0VGncaPRuA+Ynz5TzZr/6"
    "z1HfvUd7CZaJiKaei5pPAwVZllmsaQzXH+uL9ZCB4YPc/YFwkfIH1AJ2x+aqY4P8dL70vU"
    "2WObL+Kf+pZ9rdGyZFKypOhYolKUWGRyDqtLUfohnTs2X2ubiJw+nLKFy1mAVAec03gsH7"
    "n1JOlibpYBepc8QO9iAxRZA7OOUoSszEO1qUZhV1Dn2kJCNLUiTCJarpiUOKzANshxDVNF"
    "dTTaxEb/H+mMmdoVwI3/nDpUMGD3jqazxds6hdv+38ZueXcZpoBSSD3jTeKT6/Z/Ref3xV"
    "X/U1TvAh18igzLilHMMyxhqnpYCh+WWquZvDBVV6spWOVcG0+QpFa8rVW8cbhqrdsaxVBw"
    "UiWo3A6jF/pkGI/iBWNKIe9SM00jdB9otN5XBEFzoiI21k/ahLSYCGc02R9sN7k010RTw0"
    "Qz45mJCxPw3aAqKGYQCNASr5Ctu5PoSn40LMMxxUwlP5n0SLGumGRKTALz98+YLmVhGk+a"
    "q3lmk9y0LdgpWLMfjYlj2cY8dqnWsexTx7Iauxi2yVJeiKgYGe+wIIckvNfnGSS81+eJEh"
    "5cihjlmXDvSBheQLhDnXlsEwgb6H3q/YnTjf7NsCv4zDzaD0HVQuL/iF4whr47uO5ctpB/"
    "yM62exedqyt+1juEttc3V52haOseRhe1bC5BRSurVotTTt44RFhB1vhIWGEPk1RemFB1ky"
    "EOkNUDXOoBhiFQ/mXQfPrMINEel9+74UXetRfUyE+EOuQ3C8FjI3jsj8hfgzh/505XhE3i"
    "uQRrFLG7ydXSW/a3Z9csBoitUZzXshAh2+Mo70p7FPHZzLQjnqVsiWfxPXHBZoE20RaY2g"
    "xKh0oWzkTeXEq7PyX2WalZ9cCCZdhMuFqYmow5vyQTbY71hFUrTBndmATpqdtFtbaly85F"
    "97p9xaZsU3DobAvShDLBm+lvJA7f87lmWdJ1IxXoMOFhcH51LCA7JsiMyzxLc5Bmj+ty52"
    "6wn6X5dRZJM1nQjEI8NQlRJiBEMgDgyRS2uGp6Xp42pZsCeNxy6igrweIa0ykxFViUCLxd"
    "bNiH5GfClhynrAAblDa0nf8aphvR/JG96ve+eM2jlrWIUwvF+pJxNgxHNZ99M055vDbOxn"
    "j8b3gN9EiWLeF692s8bsKRpnL3PPzAhsiyhTugrkEwIpt5jB1cMlGD3UajGvRlxWWSYrs+"
    "sM1Voj/PsTXKqTf6avezInOB0jWIIGtp2WTOxsR4psh/gyYSz4AWxETC0CCXSzfrpo4UKs"
    "umW2GbunDc22TUw5T1qJdl1CWsl/v0gW+d7zWKu9fkc6mQ0ta+FXGFiGcwzglvmKp2lpQg"
    "61np8yEboaqRlcVjC+eLfMCGiWpcZbhyti4nrEGaEi+wnMVlr9z5MmiDHR3hCVeT8zCOCO"
    "/7gok62EbPpmETFLjcRNqUJ3RRNTXGQx/EFS7oCbSlN1zffMBUs3yTzZF9C1nd4iLra8gz"
    "bsA4lkH3YtiQrTYFQHy76qmi6IYX2QzgBv3V9uPOeazQRliuLNiGeOD9LxEl45wzAy0THb"
    "KsE74TZ5X8kne+b+7kBpsuX0FmJmHIk52mg0nFYAKIgFCJzvqTS/759wHRk3wkwi7RfOpc"
    "8A4rtMZFVHuapVkK1olpK7pGH7dE7oL314buAn7lVUROJVhlgBGFQUNZb1sCd+l29130Vl"
    "XUBEBJcXN5AOMf5zfoqKpYafTJYHzdljh1RS9VBSnggrUlUDernqoKFqQ+UTxxoYDV/pb1"
    "58pXV6y3qsJmz0DfvyVWQ95JaVjM7RHaQ7hakAFLjlyLsGlrg9iUIKfIKTLlN3JTjRhThH"
    "0Omfck7PctSNDTRJQ8N734NIhMY3PHcB5m7Jc2mfE+KNHl+Y2KvkGd9bhcEWp+SoY4tin+"
    "TEGiEjtFlNaXyc+4kAf1EFElcr/sG3Z3IYqDni1UMEBeZvgbn/r937u9Ly3kHozoTX8wbF"
    "+1kPg/oredq8+MfPCte9FpoeAv1nbQ/9a97AxYa/doRNtfOr1hC/F/I/rHXedWRCJ6R6zH"
    "f94OO9esL/4/o0lkx5GFbjK8TVyEQpS1s0hZnEXqtBt7ZBpWkHo8ai5Qw0S1mV2C68plNh"
    "+0MboaXZnbTSAQLp/nTYywXhTWOiAEkrFsafWqno6+GbEuhZdGeapm+TpRHLy89WWo44qi"
    "HVstM5hwF2G965aQ59PilmzdyOxPE1s1M+R3rzN4VSGDV3QtWaMWDa86WVWj4UUwS8IvmC"
    "MqT7jlqizZFq+TCUQyQW4ut3tLKDddC4Qs09fG/chTfK18vx7JMpbUq1Z/7lP9CSMQQzU5"
    "LMxtXmbtT3Zodxygxd7b/aCzxmmuKI47PnPUIHTEjkeN09PTEWszakzNyAmVBE78Go9jy8"
    "4W/Rw48pKPmvSjWq9i9WjL/IVx3XQLwd8RvekMGARKr33daaHAjxG96l50ehcd5eaqPWTX"
    "Qj8Z3dd+Dyjg34h2rtvdqxbi/0b0khNc8na9u+tPoIsV/0f04muf62zF/3LoWa2JsfmI+8"
    "R7DIl39eJ5P22JXr09GHYvujdt0I4HfpRjXEzyl6OZRMI3MG5MJ5jKl+EgWWRQGKuzs0wr"
    "/pn9GprYWF6FlsBP3agliX96J2eRXCxxhVNgOLNzamGiWtEk0+PZEIyfh08LkFTBPL2Pqr"
    "yzBLe+ZHYtQFIOfg3uV5maAex6gsYvWW8dINmfRWBXGbLqWNHy4ppiB6iD5AoJkstQsjHq"
    "6FDHl2R0na09/bOgxJ7U4tmctgPK/Yr/cHsrD1qhVEdCr8tjyniiXVGeE1PrmZgZA7x35Z"
    "Oc4CmPFwvJyFxjuhwa8DfzIut7y7cXi01G56D64ZSVlr+gEjFDxF/XhBlMVL8hUTVugPBG"
    "ACA2TD5SoP2VDIO7fPsD6jZzpxbvJmaCdB2kY91NPS5Euhmw80pUe/8r1UATCH1rSKwywc"
    "vNNFNMMCQvm/kFnMcXzj3jyWeQOQ4I0bNmz/iHNWUcOzHF98bECIuXwPUNKatiKTz+U5Kp"
    "rujOa6/0cpllbM3Wc2aSdwnKrDguk7x/b6gSy1ey87nXvhL47tvv3CJPxNTsBFNjBh15gL"
    "7MA8C+7M/9FoK/I/q9Pehxbbl7MKIXg+6wewF+6N7RJnrys0z59lPS7ce+hQNWNthj6gax"
    "LbZW7grPfG8MvAXbEakNGV7ReBw4PR6jEya4GzBGaIIt8qIZ25CLvsGI8koYcAL2dY2iH+"
    "OxWxxjahpzyEvrn+D5s8djtkWzHX889hL7jMcfkUMtYrfYlr9cn6N0J5UcAs8cn1uZ6ht5"
    "pHVy8PJkqIxHHQSn4oYDXaeBP4qRdrMCiewkMu4/peBCnLSQXWMXsgB7DbZ6U3S/5EKVK2"
    "3Bgmwbhv6Rn7QYJEhz84Ijk9iOSV3NCRfJsA5hRsuVqBaX5HZ2lz17O3m+inmr9cToasNN"
    "1HDDRnfCRjU3tDG60kLbuNSAGZrYyMvtZiH36dEJZLMiL+dY0xGcehH/hnJT7zqTcJ2a/W"
    "8Yd3m4LMclY3YK93/x9jXlPmfucwllDXCJU+mWDOfMkT8pmXTlYT/BiVkAzNWO/pF8xbmD"
    "gGKMap1SMaMZ3CQTbaHJK35tiNjA67JKmO0yzEwy29KNmYE5mc2mqQTCl7OElnl+A5h6Qu"
    "h0KiLCIAEW0mz0jK00uXezLqQBZb5R1nuHaEjZj2Bwtmj9Z23P3Kc9M1lZlJyTJFlJ9Pf1"
    "O6yTkuydG/ZXly15tIiryZGBnDlSO/DVrs/rUOfMKDZnxmGC4KWcXTp/EuIAM3IoZogmA4"
    "/iaQNXHIarFRQuUIzLAB4Cnbg/KOTUJ0uw0U41c874kHvCE+7jqTQqvuju03kbvzxInLkJ"
    "Vg6puZtDcDeTR2o860TdLNmehLy2gJbZAlpzszuwmdTVF2t+tnxcVz5+tq7hlRXXtBpeB2"
    "Zno0VfJJyspC5MMhMbrUmTjX0Fh0KXAD1oT4Si8diYTi1iKzPDMa3xmPGPUzarVnnpf7PQ"
    "1CTk5QRmli70sci7u7zaVKF3GNERvVuVRj/xS1KJXl+0uM+KaTwjzUIaZRMclH0a5acZHN"
    "TCIqCZRy7Aps29XEbUfcomsgzEXYGxjp4N85GYVhP8YUyNWJznZns8dyVDlq3pOn87RH6y"
    "XvUlMmhaUqqAJBrEoM5Oddjk/MGhyA5vlKxmC6S5d8Vnm1daCdIdj4MKX+28R+cLjrf0gZ"
    "EB3xtOuMweW+nmeInmxhNBEB9nStyOiumywnJS7QeV/DVX1w+qtkvsZsGeE8tiHGs+XMNE"
    "JXZ+4qupKJ6B3Id2I1ixyfg7iFgtR6Hx2maxuzzf7sAXgO31qqejnd5ZaTYcnPDSUKq0yn"
    "yQRXIRifQduNrMnj7ZrxyVTfaeOKZJqC2qvEnKvzV56uNgYWb2E5zNA2nA5SNaWM/rBNlw"
    "wuhgRvdaqj2kVJu78NkBip41GrvdOqSM7i5Cz52FuqEMEqasZZCyyCAS0TPmtFrLIHXBpu"
    "NDty7YVAty1RDk1Lpg0xZox1bLumDTLmBeU7DpwGboLn2C9NINiQDsXWqmSb9aoNF6Z0mK"
    "3PZc+PQlUkhAAFyihbBt48kM2QYEZujaI4FDL5ZK4h5ZQId1Urpyya3Umd/LfFuS832sKI"
    "qRXA8LbyiDxuvzDBk0Xp8nZtCAS7FMSbYjMXNnTJHmU+9RSXA5aH8e5tQUCKIW4v9GtHt7"
    "e9e5bCHxHyqKdC+hlEiXHfe/dQaXd50Wcg8gg1rnsjuE9t5RRpvAjiuNaJblbKRkCBHWXr"
    "/lUSnE7Zoq24tgJORDnCD3BmjSRrdSIwujFfPuBZ33JFetuSDNHte0zt1gV7rPyA6SZQNJ"
    "3j+iS5Bt2FhX8FyeJOiSTLQ51uVIR0mjM1XQnrp97Ar5XaVjSpupnYvudfvq5Oy8eR6pbu"
    "SNwJvYWu9ne1jgpeHkxVpCXcOdBjeTj/Qlk9MYhmq++jxxynKU6dmkrGIR8O+kTE/t45W8"
    "3B+nfSWLj1dtVavaqNdWtdowUSKICzBMrPTkWdJCgRP3lhmOXLXslescXxHEI1aG5Xz7VF"
    "A3opeqguRquLfDaMg7OVq9wH7zYwW/vGR7ifdhrrWZKF58S7YqPzz+A/z4fJuHvGBPQrva"
    "zFEuM0ddeLRwp6HVY8QwTS0vEiQrc92XTTWAmQobvU4pbPQ6XtjoLwdTW1prJ1UvFSQ7jE"
    "LqbLc7UqpC6lUOhRR7KVtZmNIar6kQhwkPA/KBLAKbKP6esK2YcntLGspBsr+dZvVtHsXq"
    "JqaCQxsJjmj+esxkPiYtRFRrS9ZrSwJ+TltqSwJuVUcGcVZtSXh2lcnbzYvXk0hvgVC+ZM"
    "ktEDmYTWjzAup4/JWQ2JtI+CsRFT3ghc4a6Euv+hpPUcJbyWW77bqTRnLZvgbAIn81GHrB"
    "Uzwt8kTxr2CHzWjOEbs1lgLRfXW01yHFSRii7Ki6reuFP6kOiJjz2QENE5U4LILHhooVQ5"
    "QCA+9kYiGLEC4bnTfR65Fz/ur8HTKeWJsnzdLuNcaGLFH76goZVF9+5LflDrfUsInELXdH"
    "99jxwD8ypOWag/V+kR7tHj2IvMDEXIPPaFoI/o7oH3ed22G332sh72hE273b751BC4n/Iy"
    "rCwltueHh0nA/jBLmaLZsOVriHPQ4Zm915R4yRtOCrGFE2YTuDHpT19Y7KMR51ies9xhnH"
    "2S7pN5DgCiMjLnE95Q31ncVXnay9j5KhP04/lCzeR0LYyZmAOUhTYjbwYNw1eykrf2B3hK"
    "rEwHLeF6bVHJ4EeQ/OxHWPy/KFeGw9Wk3IuoKpy3CtLlHrmZhxzno/YyTk/3wjFKKp5cr1"
    "CsWVkmVLfWJmF46yAZxVnRiaWuuDwlc6qi2BrXa5w9BOlaGWpLeSFQDsLTGftAn5I9BjKT"
    "De7dpdfO8bjnxkM92iyKUIri7AVa/td1SayVCss140O/uWeEkyw5cCtOLSax7EwS9UR1hi"
    "I4rWGU42FBnRlhkKSXkxW+jkiVAYLctZLJjIbr7gSwES4juaGPMFpktZragNeqjdAstlx+"
    "H/Y7Cm5D5w21dCmxZVVWbTVaYpK2PayuNS8m+wAt8M+t+6l6DE945G9OKq2+kNlYv+9U27"
    "988WCv8uhxrZj1jdZoRinZRYu9n41ulB1gn+b0Rv725u2LCwcfOOSjIuOk7wp80wHC7tHk"
    "0sn9q33Yu8RhZO1EL834jeDDrX3btr+ID4wYh2wOByM+jesuFaHZdjfKCYzZNky/hkGDrB"
    "NEFN6RNFhuaeUe1qbLxter9mmE/9/lVI4fypG7Wz3F1/6gxOziIud3G92BMxNXYLyeqUCn"
    "aQbI9w+2eOFm8wiSj/MmTFY5IZohDRHheeu2HeZac05q1QBgNllRZw8zQI0U7KkREB7pc3"
    "I0LjIigzacRqcY86IiqU2eSnzUuC2c8GUk1j8VI1ninysEA8JUQzJqkV0OeIjsc//j1qPJ"
    "LliPU/ajC0iC4OgfkZsfuMGp8Hnc6owaAeNS6+9rsXHdFgMgP/TAva/Dg9Pf3z15/jcc4q"
    "QXWWh9rOGmqXz84aM4xkUTe6/gte9sbtVGjZg9aPUd/oCkLq3sEq23eTCa1gAfgtkcpXr/"
    "YYp5YlrDdb4uTagCo7o4SKVamD9DOuVGYN1Vqo5gRcqrdEqFpW7XzmoOAipk8Va7UGyfHs"
    "UzI02J8sy5k+dZe09mJRMXzzWNAc+9742bXJvCGzn62uNlOtZ7xdNrsZhEWxDrQnYi7Bym"
    "VNZkR1dKIiUea5iSY6Zjy/ymUqzw4JVVPvlwi7BZ7l0VbFdLvewvYjkFYZUrlit3RWbXXb"
    "l9Wt8lahznW7e9VC/N+IDr8OOu1LIOhedFoo9NO/+rnd698N/avi54h+73z62u//3kLuQT"
    "m04EeY1fym07vs9r7k1Ue5ZC3kHozobafHhgn+juhnNr6Qt1z8H9GLdu+ic8VP+YflGDEm"
    "nDoL5ZHkStYcIirEtreLZa1xx3tHzzNNJ8gidouHwVnszRF7dkQou+oQ0PBB5YpHQhYWL7"
    "1oGs+nSLCwEPYGUhZ6cA01od2p6BuMKKPXTE4MvBNrzOhURtJElsH2M15J3HfpmWDqb4js"
    "IiXP0Ls0Ri80i84yTaOzlHl0Fp9IM9teKEnff+LOGKEqu0f51+HwBonHFcHf7uoLI/qbxY"
    "bHsqHUCZkvbHQC92B3MlxnwSYipw+nEDDO+BXGoSTUmC/+Frt2U2ePokszt6RYhwI0FShz"
    "GbEMZfm63iV/XO/ixn+81A2Zl3qyHShAUg6rT6XyYLsfYJ6VLkhSZ42LZY0T8lYMznRz04"
    "qqgqamIzEteZikxvDpxuSRqIpDbU3PO8hR2qOpm9Nou/oHNDOYqMt5Q7aJI/4m8It+RAvY"
    "zjW7yTZwA9QSHsUcL5GNHwmUS4PkDDI342I7r/LsYzgoxDRl4UjJAfJhqgpwKXsPkq/dCP"
    "4mbgRhuyS1NxjyANnRLPB/y60c3zPBMmc0foCkzBL+95lhEbQgpmVQrCNQU4flb9fAYKET"
    "9rQWG3HYaOegh5kQ3WLbaVym3w/7bJKJtuBeObkGJkpW4sE5mGTyTO5nhvGYD9gwUYlh5S"
    "on92kjc12zPMsbaDCNPc7slHB9f8bGB6MOLA+FF0e/7fUR++40KADZ76ueSgHuFrM8J+mG"
    "gxVeLzIkV7iX1iI87k9gJ/tvYZ1umt8hwPvkDvHfZZD1DWSDZEsE5o8e8xEJXm6mOYksIg"
    "2zRFjzwQAVBKANHSCNrqrGS0OqM5DUMdTl8uaoS6sUzIrWQem7DUqvKx7WFQ9LxsWnVDzM"
    "kMN/hbkAejLD9GHbkAEXdD5EF7zD0nCQxfp5C4iesO5sCxnH6ht0VCGodsucipqRUsbULy"
    "eZxpSuGq1lSK8NSpaIycuEyXIqwg/sLcHJJqXAXzaSmiEtF0Na10DabQ2kBdY2sfYFyCpo"
    "6quS7WfO1jEjV67zFcVek8/0fleGg3bv9rObvmfn8sibLOLIm2RpJP4xmWRKTEJlcVHJcI"
    "eIKuCyEAb5QxaQPySD/KGu2nYYia+u2laFqm0DgtVrDB5kDQlfHriayprzJNLzVcO17PlX"
    "45ldgryZjgXubthCPHBiVXnNLbEmSh2BftiY8hPQ/jcLYUfVYE2Ms/HFdi2t6+a4FhY3z3"
    "hdne2QAgB36eMTMF9ZsRhdrZuOe6DgTXj/AFkFef8jdfOTyAIx5VhdnGIXXxHsFvkwDVDU"
    "iK7nRL3teD9+E2UDNysPGphU631R6goqWWHNUEHlcJw9MYdY5zuVlLX3Lq/l7SGFkN9yLX"
    "MP3lWWMxeRri5TzVlwISFYojLpqoCy5XHkbltrYiwkjH1x3W6hwy/BYl5pbp5/TLZhY0lI"
    "2SftIcXrOUhXGVb+H+fnr1+/P3/1+t2Ht2/ev3/74ZUPePxSGvKful8A/BBnmbCx5lmu1m"
    "3CXpanHW/BB/0kCtuAi1v7IymzJMt/PKlW8g4QTOilYLd1jqIrsPayLl66XSDWRQsRCt2r"
    "PKUTRVida5D3yaBT7cExxXle39rtI60kSyH9j+iIXmoWIwKNkEjrwRN/ENuGJJ8ibTA7Md"
    "Ms2zCXH8UdoDG3FLOtCM4TTjWvTcUl3FvcKSHZWNJSzAeo6gzzOTLME1WzFb8218xwZNkV"
    "E+d0AvX+NnY++3KlAWNPbKGJDp7pNlskGFtKl4g/ObonU7Y08OXDdf6CbDCmLalkt3k3O1"
    "ZjkDnWdMVy7v+HTCQqweSsJTHC481d0hiP/z1iK4LIAH96eipyvk/NyAmVBE78Go/ZZjFf"
    "2Es0Z6uM2Fb4Y7xk28azYapS//jd3urAuVbEnIB0/Plnkkd1vNOoiJV6J8Nikjm8v6lstl"
    "XKyOs9M8ee6QPI13tFrPf+Nphj+1zf0f520vfnORdZUPR4L4AeDMZSQ+7XlM0QmAXkvZxc"
    "cbRlfzs3tLnDlXdFjBHWi2Lxe5VYzDYwhIYp6xQY5TF9xt0gnYW6YWKbMGVt8S7xsMcs3t"
    "4Xer/Mp9SP0ZU4HcTBDN9++Ylc0EaoapvJOvP3ai4WYK8tVfKAwlXwsc+2gOj9+Hzf2gwS"
    "rYV+VLM961hEvvMCTCJh3SOA412MDcg14/uHBvzNOCTBAMlLvwBjlQaHv6gSMRMlv7YJAZ"
    "LsU5JVfQEjkQDdMPnIQVb5lh/4yodC9XtzJ4A/zG7jaIduM3tmGs7DLNZi6m0m0onEziux"
    "gfqV1YZ2pdHHRroRjTdpZrai6V7zTM4UXB4FEvB9gFzzLpAthJGJqWrMkW08EtpE3ASlsj"
    "b6EmHIc2KBA/RMLhMX021t5SqXlYsPmQLDEwc3JXl7iKqYKKPDwrzjwr7k50JjcsgmWoEQ"
    "ZQXlxeOVD+NqgSnWhAYnd254CWVl3JIKExHdPOD5P6IQYa1ZK/MnZCwY9JuMcYjwaMa48V"
    "kzLRtZzmRCLGvq6OgJ65rKhTl0EvQ5QhYhFnqecb6JGx4mDuO05uyHeHV58rsd9F/h2Vcn"
    "LE9ezI9Tr5slYXmd9avO+nV4lUqBWb92GSni1QuXajj8Mr5pmo1Vo2xuwaozsREOblS6bq"
    "ETjOaEgLctMg1j3oSQbcMx4f/MsIkOzm5LyYZYTJe1HqNceow6MeZuE2MGnywGc3IFnQhZ"
    "BfLRpLE9dQmdmiMthiMtkTH80IO8W5402Qqbmynd1g57JJxpmiV2wOb9oHsxzJaR1uVxi0"
    "lGWyHEf8VT0K7snwWm7t3OMn0M4LEntQoAzZVr/nB7qxJae5AUfdiSJcYgsmslR+WvYOsM"
    "IqTXHsEmDXpMGlZvigQAoPoM1JPw0nx5YaKaJeJBzTlRZUJl8TeBGNMufcKmhqmNTiYzAk"
    "YMxG5h4SfyQlSaF1W/ER8RdE90A4JPbWNVhd4Pc6UqdI9HdEHMl979Od1Hbs53e2JX/aeb"
    "YEoNmzXSdRCWGV2g1IegTU57FpDzxd5RJz47qKGfyWiSZTA5WMAnON4ggU2j4mKf9xb9HD"
    "gcYTLjqSTZcLiradbhjxEe8TTo8yOsI/E23qrLofiNLbn8VS2+9OnGBOukhfiIiwFmB5Qt"
    "kGJo287EYfPgFxvd+C6ww/sceBrVhXwKdmWo1TrJUFdXrYPNyQzKRWww7BHS43FwaDN+13"
    "32FZPMOFFqIOBW2VqILcbXfnQZUMai6jABluiBkVBucpHw2wV1WmFXBvESuXjpIEmZlYfc"
    "HzkkwrB9FttolVLHHfcD1WL2BNVc4IeJygx/WXS3UQlzc9VtwHB9ZBBn1dqGZ9f6lJ5+gE"
    "Qxnhql1TduvpTko9xw2IIr8ual3+bEsvDWVd+uRS/l4SxgAGALnMOTrNgAjP64Y7tnt99D"
    "7osDM2A1kWFCcrd27/Z7Z7C6JBiEjDvFQfSoQ4LnDYnylJ9vpmlMba9FBi0ptOXZUtng2h"
    "Z61uwZeibkUV/6OkSR+kKjPKTHeKYIOE30L0OWRqOIDmsnm3LpECHWLoZqso+N27xy4UHF"
    "V3qqvZd8cM/Os6DLWiXCy6+F8YVlRYFlJQ/IIaI9ei7dDS9yKjhLE+aG9We8tBSIF5DwGm"
    "nJwCKUdR6wHHnAPN4+IWtmso4/RnjEOn6uSJ8b3Ebz48eo8eofrVevhFnmTByC/fH09PTX"
    "eOwZZ4FD+c1K42IK6/XQZiDdsBxTJgGkWIACNOWYGHC/3BPjkq0r/rhwCztkS1WbaDxmA3"
    "r+6vzdy7Pzl+dvYVTZQP7JBvKke9tHoEn1eVN/MCUO5bu4wQGmS0zRkkWydGsnbCdYZq76"
    "Uc6wy8KFwaDgDkXnishIUrVc+dL8I95LRrONwIcpyzASyLEfzScCJPEcIpzAE6ozpQ7x50"
    "OydC9mv0y+97+LFAl/1SaDjM+QfGLzSUR/YtvGkxlRwV0o4JFkppY936AP8GMajz1HqPH4"
    "P8Zjz4eU/5joGqE2G+X5gs1ntjpiN7EmdzYCVRrmvcJPSMq/0Nj9pqYxH9FgbmvuWcXdnl"
    "jPsAxrdKI7KtRmpypbkwmGpCS8lWbDdZPMjSeitpBpPItyL7xAjMW7nTeRZYgmPGm/6JU9"
    "iavac925MONa+bO4uj9oxP4bKQUhIxqMHw0PGWjPywwunHtdmyhsLLUnzV6CxY8R/Qj5Kq"
    "c2DCOa2rxWoOxTgeLOaLkU2qHOPLaah10qVuRllvwbF3e3w/51Z9BC3tGI3gz637qXcM47"
    "GtFP/eHXFoK/Ge10YU1BJkVBip4gpiZITFefrCRITlR/jMFNewgkc0yGyCRBj7j+EwiQ7x"
    "Hvbu9zP6/cATQtBH9HtH0B5ghl0PnjrjvoXLZQ5MSI3g2+dHrDFhL/N/kcMunNUtRmca0Z"
    "ExAWBpWnilxX0zVIeTy+KuB1xJ2hXc892OUJEnOOLbzN6LgxdgSbJvAoGLnv/PJ+ySU7iX"
    "dgwZ1X2HeFffy2s/E2uaLe4xLRv+n08i4RQNNC8HdEv7e7w27vSwu5ByM66Nz2r77BauEd"
    "jSgT4G/hjPhfjmWC85YbVNMueyHtxi1hfbMJhkTtd++7hYf3zMcfRW148tM/48oI47H3ju"
    "j/oDOZs3Dhve86+RbcMSg75NwTZPS192pZluUs3qtBIXKD7z1MWd7PfuiFTk0N0/vurJBC"
    "wmL79smTZmn3ms4mM2pfXb34iF5xRQM8LXKoremu779p2QnVaYu/xz6WAIkWYZOVQN7N0b"
    "CKheSLKNH3n4ktq4MW/o7LPrYs7YGnVgRHrnxOzVLauvpFfGn1gQoYHvJiHCCtIY5DfKgs"
    "fxWHNWxsyIeulLYGOTlcMG/loRhdDa4EXNcAlxPaMFUNbBxY1wKcD9cwUQ1rmSplVRDYlP"
    "iyQ+SrLRnCWeOUUtLVrnKCSZaGArDtrnqqJrbhBTEDtkGHki3BrXaBt8gWngHaw6ULPFKI"
    "s2ULTJYnaqCzzmWZKJUB7pD2oAC0vaDEaqIs07UkVIVMVqHV63JWlINawwwwr6TdGuJ1y0"
    "VUMZC7tunhwsvLpvvPlIoU7APKHJuPUn/+PEANWE/XvKMqYbXTAHrurD3EOjfPJPjZi8vN"
    "9c72iu23XOtyf+vMraC/F1at34SLhxV2/7C4JRi8w8AAvESPZMlNvdaMvb3EeaS4fqXJO9"
    "3Qbd6qTtz5tw26P7R+J+S59iGL59qHZM+1D3F/bz69Y+DeztkHnpynySOqUoqm1+fv3/kT"
    "F36kzdnb6/bVlUQtKTw6bIOtj5IdTntIVk1GKEvrG5QX1n+cn79+/f781et3H96+ef/+7Y"
    "dXPsjxS2mQf+p+6fYi8eGSQHAbT6ebDECEsMY/O/45wmZ3yeJwaUXC23hSTDJT43gt1scP"
    "UoQnE8Oh9in6AimW4Cfj2nlecVH8W8TRhcMBmwiSiOMVcYybKbLjLBF3RkQjZBoMijoUbq"
    "9sDZljTbJKJTM2PkHl8gmdv82SiIW1SnbKfxtLxVKnFNptHNtiljOdkE+wEcIlUzPtOiGW"
    "SI8uh3d9ANCKeo8BQCJxUR5Hcwj+IXREPw9Yh+aIXnZaSCXR3THTDM8yv5Nn91Gny+o4Ju"
    "MM/uMGm5qVdwQ+G6abhgV0IvAGPCELeQl7jYVOuu1eGwEqssLa+Wj3nImLszQbfj4ebZm3"
    "AmmMOecdW4KFXEWcK7fD9ufPq7hz8XtEh4P2t86Vcs3G6Qv0E/49om0Rkcv/sV+X1132vf"
    "J/7FevffVPuJd7MKKM4+l8GbQhghOifv0fG33OhcfoaZbypC0kQmFaTrYVUZ2OLUc6Nh7S"
    "Ivn40vPf+UR7xNpjeY8W6jogJXlFqW5AChsGa6NBDxEeTahZ47uX2WhBTMugv1nuAdaBAc"
    "HoGVtIvBo6WVjEUQ26nGvs54uPiJInYiKHqtL0hoX2XOHAt6DCKJ/XrYSy9rxd63kbVdDV"
    "HmAZXDokU22L4rwis9scUrdLWJkc7gptv6PqQB/m9xxVsxX2fqY0tVcurKCrDutpWVGs6p"
    "LPGUBiHRCLO2ftGa091u0ISMie+QadBNM5WksGwfyFyKv4bBq2yAnpm360KfdqUbW4d8wW"
    "0AuUJzNMt/ZnC1a+ueAdlmYEip2u3Hpvzdh8ZbewNEvBOjG33TUueFdt6KmisAXBUkwyIe"
    "w+xYE2IBNtoWXbdI9ykaxmTaNiMXom9zO2CgEPqDFhbWv2pO/Y98bPLluXSwMYE2ENi0TE"
    "Voy+dz597fd/56l9vSx6JyDJwtYC6X2htvkEavRqdly3vwXkBodI0RhG1QO79og+FFaEwt"
    "OrikX0qeKV7cCLxZbA3bLu3NqH7cWiovNsFbNTFytYA5VlY9OukcrCvXmhozVUW0dzhLcE"
    "wNQLsJAj2qdkaLA/2TYGYvqRHRUCN6liyKrURQi63PVCMoZxlsutLkVTKq0X4r1ktF5IsO"
    "xKuGJIIOwzWjEkUExkq4ohwvqQ6uz7XfD1DYm/r3epmeby+xxolMXr9+tweHNy+wIRqi4M"
    "BqtQynCZ9YmnpxYbLLrp3w55vBHBkxkiT0z8hFoblnMPPd5z912p92+hN4B6Ix247oo9S+"
    "5GTJFgzblIcDIeC/b6dzZRT11hYTx+gfjdQUaYEbOuQVpGv2HHzOU17DYvsyvT5l6tGd1a"
    "U/1aY65C/KvKVShuRXHEZeJ6GBz4eCmfFky+1thdFpTOt05veCvJ4J2N5MCV/ywyMUm+ki"
    "Y+RZm/msbtTBR0grLSYBlwdwuziZ5nGlv9JzMyeRQ5lb9ety9e3n5tn799x3cSbDsmEZSa"
    "JByl0J7375nu1r1SPJ2YAnNTwk2nuv4l9VFuT8DGDV7qBhPHEKM1uOZvyX1wrabnmNv0U+"
    "nfG6rmeu9yZNAT1h0SrwRfWKe1N2LtjVh7I1bNG9FZqBuOepiyHvWyjLrEJdDXu+SukFtl"
    "2xs4cri6hIjNjUnc7ovLhf5dqhNzRk632eBMZg2JLsW90kxTpeBVm3WalOTPptYxlEvHAP"
    "VtpZ6nyUJTgKTMUtOmuoa3bzNFKL9NiVB+G5VT8EISkJSMsNu8guieZZICz1KkwLO4FMju"
    "aEtzDSbrcQIk+1fk7N4ssFOVy0HTgPz6X5v8SY4="
)
