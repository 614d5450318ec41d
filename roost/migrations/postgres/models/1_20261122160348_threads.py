from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "thread" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "parties" VARCHAR(10) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "urgency" VARCHAR(20) NOT NULL,
    "respond_by" TIMESTAMPTZ,
    "status" VARCHAR(20) NOT NULL,
    "last_seq" INT NOT NULL,
    "last_activity_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "assigned_agent_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "assigned_team_id" INT REFERENCES "team" ("id") ON DELETE SET NULL,
    "booking_id" INT REFERENCES "booking" ("id") ON DELETE RESTRICT,
    "client_company_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "customer_id" INT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "invoice_id" INT REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "provider_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_thread_custome_0cc8da" ON "thread" ("customer_id", "last_activity_at");
CREATE INDEX IF NOT EXISTS "idx_thread_provide_b87315" ON "thread" ("provider_id", "last_activity_at");
COMMENT ON COLUMN "thread"."parties" IS 'CUSTOMER: CUSTOMER\nPROVIDER: PROVIDER\nBOTH: BOTH';
COMMENT ON COLUMN "thread"."urgency" IS 'INFO: INFO\nACTION_REQUIRED: ACTION_REQUIRED\nURGENT: URGENT';
COMMENT ON COLUMN "thread"."respond_by" IS 'Only one of the three urgencies, ACTION_REQUIRED, carries a respond-by date.';
COMMENT ON COLUMN "thread"."status" IS 'OPEN: OPEN\nWAITING: WAITING\nRESOLVED: RESOLVED\nCLOSED: CLOSED';
COMMENT ON COLUMN "thread"."last_seq" IS 'Sequence number of the last message; the next message takes ``last_seq + 1``.';
COMMENT ON TABLE "thread" IS 'A conversation attached to a booking or an invoice.';
        CREATE TABLE IF NOT EXISTS "message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "seq" INT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "visibility" VARCHAR(20) NOT NULL,
    "body" TEXT NOT NULL,
    "client_message_id" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "author_id" INT REFERENCES "user" ("id") ON DELETE SET NULL,
    "thread_id" INT NOT NULL REFERENCES "thread" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_message_thread__0b7f41" UNIQUE ("thread_id", "seq"),
    CONSTRAINT "uid_message_author__2b835e" UNIQUE ("author_id", "client_message_id")
);
COMMENT ON COLUMN "message"."kind" IS 'TEXT: TEXT\nQUESTION: QUESTION\nANSWER: ANSWER\nSYSTEM: SYSTEM';
COMMENT ON COLUMN "message"."visibility" IS 'ALL: ALL\nINTERNAL: INTERNAL';
COMMENT ON TABLE "message" IS 'One message of a thread, numbered gaplessly within the thread.';
        CREATE TABLE IF NOT EXISTS "attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "filename" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "message_id" INT REFERENCES "message" ("id") ON DELETE CASCADE,
    "uploader_id" INT REFERENCES "user" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "attachment" IS 'An uploaded file (screenshot, PDF), stored by content hash, attached to one message.';
        CREATE TABLE IF NOT EXISTS "read_marker" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "last_read_seq" INT NOT NULL,
    "read_at" TIMESTAMPTZ NOT NULL,
    "thread_id" INT NOT NULL REFERENCES "thread" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_read_marker_user_id_b57e04" UNIQUE ("user_id", "thread_id")
);
COMMENT ON TABLE "read_marker" IS 'How far a user has read a thread.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "message";
        DROP TABLE IF EXISTS "attachment";
        DROP TABLE IF EXISTS "thread";
        DROP TABLE IF EXISTS "read_marker";"""


MODELS_STATE = (
    "eJztXe2Xoria/1dy/HK7zzq1Xf12e509e46tVLc7vtRVq+fOLecgJamSWxhswKpxeut/3y"
    "SABAgYfEFk8kUR8gT8JTx53vOjtrB0aDoXTdfVZvMFRG6tAX7UkLaA+IBztQ5q2nIZXiMn"
    "XO3OpM21aLs7x7W1GenxXjMdiE/p0JnZxtI1LETaNxFYLU1L06EO7g0Tglf4MoTImVtuHV"
    "y3r17XgeNaNr58twYzC7m4azDXnHkdePfCV1wLWAiCBXQc7QFekDvr1gzf2kAPx7zJChnf"
    "V1B1rQfozqGNb3X7Oz5tIB3+AZ3g5/JRvTegqUdgNXTSAT2vuuslPddB7hVtSJ7/Tp1Z5m"
    "qBwsbLtTu30Ka14UH8ABG0NReS7l17RSBGK9P0xyNA3XvSsIn3iAyNDu+1lUkGilB7DxCe"
    "q6lqfzBWR8pYVWuJQQwoGMj9UxhKMgHwozr03z+QR/jp7eX7v7//9O7j+0+4CX3MzZm/v3"
    "i3DoHxCCk8/XHthV7XXM1rQTEOQSVjS48T0Lbmms3HlqWJIYwfPY5wgGcWxMGJEONw7hcB"
    "8kL7Q8X/6cGdE2TfvMmA9Ftz2PraHL7CrV6TW1r4ZfXe475/6a13jeAe4uy/IR5QObCO01"
    "UQ70shvC8z8L5M4u0Yf3JwTmUXQfPtDOMc4D0Iz2CwnGtvP3zMM2tDigrO14/vBabrx/ep"
    "s5VcijEHGxIwVM1NgtzGV1xjAVPYQ4QyBrbuk14EB+cIPf6D+gCZa3/dzYB+3Okpo3Gzd0"
    "1ut3Cc7ybFrzlWyJW39Ow6dvbVx9gwbToBv3bGXwH5Cf416CsUXstxH2x6x7Dd+F818kza"
    "yrVUZD2rms6ICMHZALXIqPtikZpLrokS7cSu/GcrzQgfmFv5YqudD9cYlQTWA5YI4/ePXM"
    "kxQCwJ8hVWC4wH9AtcU6w7+Kk0NOOtr76mdONAkWWhZPi+BHMoOBs+oq09bxSY+NTCfx//"
    "aehSAPAzgP5Nt1vjcYYDINsLe6omuFF+GMG21Ry1mm2lRifxnTZ7fNZsXY3MZnLFemvFzm"
    "zaJi8t3i7iZzSE76/7f4Q8tg/9Z8t69P5hwjIQXKpnmQXumEbbbQKANMcqN36TnowZbIDn"
    "uVXHH5pLPiGqg3vLBnPrGSxWM6KjIx0YrgOIYsjR/vfubruef1tb2taT4XMQPJFt1yFyDG"
    "52W5utHNdaJC5J20CRtgEb3kMb+vxFVPSPEB1G+j8tyBHZ/91bAdn/3dtU2Z9ciilXruau"
    "HD7CClotEow+qmhtqItTtGqD63Fn0K/lA9ynagDve4Jag/5VZ9hT2g2wOcRnm/2W0u3Ss8"
    "Ehadu77ipjr61/GGdaYqYdIctOhmGHM3w+c0qMYLbmFiGsoOJ2JopagEmmpgaRvssQM2Ry"
    "gEs9wGQI1D8tlGulixAVyH5vxq28vHc8h+AJohX8mwPIYwPy2D+DDQ+i8ps/XYFmw8C1Yy"
    "CA75aUDw/QX8EmNgyIayCNApJjjGNkBY5yziHe1fYutCJeZiyJl8k1cYlngTEzlhpyMZQr"
    "xGGcqbI5l7Y4q/xlqUV1hmFZrmaqS9vgCedtODMWmpnCtaKU8YXJI73wu6jWstRWWp1es4"
    "unbN2T0PESZHi2gmCmv+c47hYLw3G4fCMT6CjhaXB+cy4gr2yiM65zeUYZmgL5snIzLIY1"
    "vxPRNNMVzTjE9zaE6owokRgA8mQqZq6GmVemzejmADJuOY2QlRBxrft7aKuEKUHy7xLDPo"
    "Z/pCzJScoKiEFZQ6v8cxwZ1eCtetVr/vN1ZGS7g/6XoDnzFra6g8+x109DmrnGkg3GET9x"
    "Ev7/HQ36fPiTlPEXzZi54P+AaThHE4tq/32/QjOCMbhbGSYWiZ0Lctv/yauITKc/yN8Aj3"
    "DdAE+auYIv02mdHBmETehAe8BD5LjAxRrGzDRIUBmeeVgcXGNVA9/GQAbpy0nqJIftWny6"
    "kJHLni7xmRF7u0kH8ekiIwLSV8nqRgSslvqOox6llKNellHnLM3+0zPvOuVFqs+L8oUtcG"
    "ll8EJSYQ4cijnhjVLJ6EAOsoEXNx+yMSqJLC/u0nO+5wM2SiRx3R7IxIYh7BluM7AfNGQ4"
    "G3vxmQEtGnQTe3kjUTdDvBwOO61xjTeVDwDxKOypouhG32ABcNlgmWIi8c4V2th6LoJtRM"
    "AqnkWUTCwTBponl6bAnR6ex6YpEdBncw098Kwnn33yq1+G0Ezz1kWD7+hwtWiHFZrwUZMv"
    "xYiaQvbEjIL1jXRUVawM9GRhprsnTh2vl6qCxDhn9wTqOuypqmC5c2Ky2BOnMe2kOuvESw"
    "ER1yxnTw++jvH/rXHYKrsEUYqtQdkDBIHXHlj3QAN+T4D25JmoG8Ay9TpA8LkehFiT4Go8"
    "d6zVwxz/MmZz2geCZtLkfYwbyATtcgVhW8ESnstlxxLt5K0rJz8pzF2H35f8qEeIKpH4Wj"
    "TsPiNKgi4WDc+Qlxn+2ufB4JdO/0sD+AcTdD0YjpvdBvC+J2ikdK8w+fBbp6U0APsLtx0O"
    "vnXayhC39o8mqPlF6Y8bgH5N0D9usHJFg+2DI9zjb6Ox0sN90e/4UnKa4Hlv7drJyxmhlP"
    "6usvi7RLycWGaycnoLWBLp3Up6CgIZNReoUSLpKeDgGkaF5IM2QSfR5XkOmVjvfM7DBKFk"
    "ClvdXEw+8Z4mbCZ9+cxmsKj5Osoa+VnlfD5xOHhp63ak44qineCWAn6ZZdSAuCfk+cyRJe"
    "Mbwl7bBNcUKEVBJa/iHItnCi0rn6aAetIiFHFessUsGuU6oqbRKBMUqVlB5ohOa0b4Jku8"
    "xJtwRoJ1SXkJv3vHM276bnFesYqd++EYO2/ZWIVHuPaKTkjz54nMn2QEEqimJwX5zcts/R"
    "GH9sgpsfh/+y+0aCpCSHHeKQiTGkQTfDypXVxcTHCbSe3ejp3QIXPiZTpNsJ09+jlxcgEd"
    "Ne5Ltd3EGtCW+Q2jtukGIJ8TdK0MMQRqv9lTGoD5MUHdTkvptxT1utsc42uRn5ju66BPKM"
    "jXBCm9ZqfbAPRrgtqUoE3b9W96n4kt1vueoNbXAbXZet/lsLM6M2v3Ed8QF5j15dvF877a"
    "HLt6czjutDrXTWIdZ36UY1xs+H1l2JAjN2BpzIQa4rNhliw2KFjUOVoy8eZMsY4mPJbdCA"
    "v83Il7kuir9+oylm6cNDgxwykuqUWJpKGJZ8dzXWjnqqvBkFTBPV1EAfF5SnxaurjGkJRD"
    "XiP3yyuvHYKFHEWKwtdTLH7pdmuGpDiPwLGKQMh0l/LimuEHkKkYB0nFEKguGw90kIHrgq"
    "GzMmQ9DaVj2ooZxDj24SieojbhTTjcdnMwqSnn1fRxvdBVTkyrV3aYFHAITuOfZIshxrfB"
    "r1Z3sJ65JmPGtxq1grNuKmlIPqUhOXc05wkiOStT7UYWskif5+cZ2BdglFXIQkahySi080"
    "NXRqHJKLRySPd1GYUmo9D+4lFoJ960J0jg5ijATG53uvZrMI1ENvL121Plc6OR/gz83GF/"
    "J12yj67hAtN4hOQwCGfibtq7d4cy/7NceitaLe54pV3SfWshhdx+J+ZXq8T2O+1h82qc01"
    "LgETUA/Zqgzmh0QzbT8b5JmESnTeIjOvh48E0Ztm+UBvAPJqg1VNodb/Md/yjOeU4TPmE4"
    "zmonI0OEUJatLo9JIZksqOO1iIwEf4hT9F6GJmt0KzWyZLRkVf3tK4jIAiJeVd/bTUNb8H"
    "c5EdiIIySVO0Rk7RCxKTm41NbWKi/WHGoJdxbcslx9qWOPZHn4dHZ/nv4VWR7+rzjq0qsm"
    "HRMlgvgAjol8ZV1NAx2o5GbXQOfIt4TC4bDQmrJpU76Sm7SXqoIky20WHS/Ivnnp/pLgxd"
    "zqM1HNoKVQYU3SmsbxbXwe/PqYKe2km6Ncbg6ZTXHwoKHwMRKYZm54zJKVOc13VwugUHbW"
    "u4zsrHfJ7KzvKw25hssxtWbapViy0xikjrXhsYhB6k0OgxT+U+5O+x1HCeV2x1twftJc1e"
    "b7W7JQZsn+cpbVD3kMq7u4Ck7tJDij+RsIk/mEtAiRtJZst5YwcU57Wkuqt2VGPWYtic6u"
    "MkW79aDjaPxdEoJL9SzNbcE0ElLafAIv/8rT2OvAi1eCOnjQliZuYK7Bs+HODUTTsbxWfN"
    "1uv+64mVzuxgLgwO81jN4tMc7OvRp4/q5G/m3JgMqcrlMqjWSIxFH1W0v2ztEWH/H/4KuJ"
    "24PgAtoCw0WCLLQ8EXBsUShegfxmf/QrKeTkfZezYP6T4Rh3hslVNMUGK9pDgUPW7Hbzjh"
    "gmwcPR7U4QnrDKsE82SAiOyjEed5bOGYn0nNKgfSXMKkUnlSZXX+47kBL3wCOuXumhw1eJ"
    "lKEm6dCfZ9CB0B4dVObNuUkHSyNTIZNClqdb5AM1QiNF1+2WiVCB29MwIewLLhvAonaJyN"
    "Tanl0aqsF7AlvxUvAsF8xdC56Bm2bqHSDuo7npqDqgHzWuIbJDN8c0Ft/BO90+ZsVbCtTE"
    "D0LVwasniMhgOKvlEguv9mtAUzo9QRb4O2vzquHv0IOMhiiXYYt+J2DNSPn021dCryygmO"
    "p5mbvyY13j7RHZ6naU/lhtDXrXzf5vDRD9XQ6DyiZRZ58RSnRSYj2/9k3pk2Rb+jVBo5vr"
    "azwseNyCo5KMi6mlhBEJDIdPW2T9+Oao08prbqREDUC/yC6rSq9z0yMvED2YIIWYHq+HnR"
    "EervC4HOODhQrjibNkZNaRD4kKrCIfLNNnW0T+CdoGvkXeov0smSzanwNvYhxU/7RQLoEo"
    "QlQg47kZ52U7pTH0RhI3mc28ds/+jHdSjkTQXYrQ11qszmRAp0EDCSC4xx8/ufAPF2hIB+"
    "6zBXTbWv6kW88IBFgAmglbT2hqB+hzgqbT2x8Tsu2Vt9sQ3aHJOyTCj7f10NVQUSY1DPWk"
    "5u1K4zXwtwcgbW4vLi5+f/l9OqXaoExuLa1qVC2PQ8KMK2IY8z15QdGq/Yxj4rl652IZ42"
    "hTeuFgle29EULLL/a/J0jV2xQhypw9q6Eq0+0EXz5bQrUVqgUkIZt7IlQtt9JRPRxsoVGO"
    "gyNWhzTdvxErfyrk3sDjjKVxV6N7LJAOgIHCSpVcf4YAiXRglMuBIdM5Dxw7Ij1Cx/UIyS"
    "orssrKiZf8+g7l30UUZg/o021Bdi4SF8sOPIgK34fsXKA6rnDq1anhCqabEjZZQmnYaKtA"
    "2rMQXAMbzqDxBHWgPeB/6biZRUXESKRAWi6BVOZdH7k+q2bsYrFnyCporj8T83yASWZGwA"
    "LzMStXyk1IUWjkR/8XdTxs9kdXSkElpd+LqCPv07WR5Mtkw3tIqnDn0vgiRBXYszAK8icR"
    "kD+lg/xJVoqQlSLKJkfXz6ZSxBBqek+zH6kkm5DLmauZojnNN1mEDbeK51+tZ3yJBK2vHG"
    "iDueYA0sem2kNSOhei4FZ+WPn+Az+BSFZ2OKW4bmqOq9Lpkq/GQ4JOWpLjlmSKTn5JnSGr"
    "oKR+poE1HMk9pTCuzDo97FtEVot8mDIUEtHtcmOwHBeTbFo2cEUlRmZSbc/glanRB0yNPo"
    "0cHkSXcYRwJvAsXQJ3mEZiyaj6auZi6XmTVOpA03TAKw0sIF7s0QOwLWtRJ/K1tbLJ99xy"
    "oQnwFFq/TslO3btLaVwvl7QugxOOG5yQWcs7vdrUyWp5H80mmCWWH6XklExFqJjGJFL8aB"
    "O5m2uxiFFJGX+7jB9AdgCRNF6U48yAFhVMY5Nsj62XZEoIH3FOGFBmLuSu4VPtTadVAu+Y"
    "us8YaosaR/Gh5+tZWo8btBBQeUhbWlD6gZReoqWjwTOEj+Ya+MoTVkdWtkNi0A3cgGRlki"
    "UckGxjnsKzf4dS3SmXuvMIc22p7Tc/jPh9WmCPHPcg9cgNuJdCNUIuM4qEXCarhMhSCgWV"
    "UjCftbWjWkvI0dezS7JEKWWhkByFQvzVVKWraRL39KIVCcJyFKrYZcfy2nT6Y4JFIESrOt"
    "xOam/+q/HmjVfv4dI7JIENFxcXL9MpCPbEwBLK35wsKeZgvZ6gtMRORQZkzu4RpHuBhN+e"
    "htZji3we2b93UjkqQ9unf0uNaTjBn7TJlIP65jJ5xTwQLZuOABE1GxGv4GZw/EuExL+E57"
    "i1ephvCAItievvwufVuA7wkq2uebOfp7Bt3osMlS1sI6C0YSSf8Hyi7yPwKudCHbhWmCVM"
    "S59mZHXs0McEkfI7s5XjWgtoT6f/OZ0G5hn6wy9U4ldMwIxRsyHljDRtGjpsRnMd335p4P"
    "vd29Zigkir4KbPc+gxVAf3DAyiJ87MlU5ST5AOMAfUyGZHtJXhkus2XFhPUG8A23oGDu4X"
    "0hA4h3a7qAPH8pqQzjWvV/wk5Hk2+yMBDYsh9FnwCc31GuFvCwmnt9zWAmRIexqXRevNGe"
    "6aGMV/Jzsrsfa/ZAup1Baase1NSr5mIFDkMSQvszZWa92MxoMeKbAZHJFSj8liqZ8H468N"
    "QD7jrEJIexNS3jJ0t4Tq5qzu/g1nHDdUuuLGkFTA9VeAm3VlY0RmO2+txJAXiHenfzXIqy"
    "QQGrKV0tVggpotsv2VOlT+cdMZKu0GiJ2YoJvhF6U/bgDve5fX4fD1TrGMv7SQrt7xdlze"
    "EsfKUh7AMVtQnWDiasXrL93sMFioIfDmHGa89fi4YYlCs20iZmjA/88/3a0B+WO8zRQP23"
    "mF8+Dwy++udl4mQ+oCWcTgWunnZRGEpgHI5wT92uyMO/0vDeAfTNBQGQ263wi3CI5IefHB"
    "iJzxvsvBJqhQuUMGQdmTB2ojiPvGEwx4u50G7y15+GBX1J/pGUTqiAb7pHpi/nQa/EfwH+"
    "DSr/kZYQcH7/3IwdgJ3SHnmsCjlyE7ZWHLIiE7MlDrrzjqmuMYD4gMHvGt59ytjkcrd61L"
    "MtcNUIzpMC/GDKmEOAnxqYqPVRzWqAE2H7pcWgkyB2R//bzLC3CcToLLAdc3oeeENkolgU"
    "0Ce6riHxWH9XSR8xUENiNw/hRlNEuGsGjEfEYVzTBgnsMaDoCteMGaM8U2o14NH1vWJVxM"
    "YveZIhtbwgWgPV0uzZlCLJZKk65PSKBF5zJPlRKAO2I9OADaQZ5INVHm2VpSth9PN6FJvi"
    "yKMms1FIA51HYlxNvYRdwwkAKvSBiv75raM4635/VyhrZ/oSRHpirfnkBF6wBWBatj5jTS"
    "V5kTIhu84ukBskF9JIHwWAS02YxUsr4AX27wUkt+4ilNYkVJjZVHiLww0Wi0ax0gi5Y1D4"
    "gTbuJDdixzHMsVDgoXmmEmcU2PNtwQVC7P8e0HkQQx3Co9MOVDIkVMpjoeN5ZzOc+Z5rgh"
    "2Anhkslax07UNa2ZZqbAuz0ILqQuMAjOS6jME2NFAuAgmqCrIe7QnqC20gA6jK+CQjNcZH"
    "6nz+5E8Ku1O/YBbZn5CDdInwoYDU/OCEP21dG4eXUVBu57vydoPGx+U7pqr9lvfiH9RH9P"
    "UNMLaaZf+Fe718GDTb/wr36z+xu5l3+w04gfPJTRcNQnY8mRz7PSiUMimUmcI5OYhgJyXr"
    "Hs1O0NUYFYB1LR2UItA/fSOUp1A/csxvCdz1fMoZT+4q3+YivmaJB+CwFDJGeq7VFvzcso"
    "JjvT7Wlka246qg70vGhIWZlue2U6ualnvm3mi/UGnCNG0hkgjlXocpXVYrZAhSUK25VICS"
    "C1ifyRUB21BFFYOycCbu4CRIJRJeVycOQtQBT8yXgBIraOU7QEEROFEi9BxFQn2qsEkadW"
    "ZrpXm9A2ZqT7hIPVv1LPcrFqYZttTtZ05KVjs1yOTVLjiasFp7uGGJIym813dm9+EHJvfs"
    "hwb35IVMBcckzV6Qj7zSuI7qWQc/Myw7l5mXRu4ju63Gi99BqXDEnx1S2Pv5LxwD1FBcnD"
    "xwq9/D8Ckm0b"
)
