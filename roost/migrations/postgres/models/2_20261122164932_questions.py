from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "deadline_warning" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "offset_hours" INT NOT NULL,
    "deadline" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "message_id" INT REFERENCES "message" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_deadline_wa_booking_91a4a2" UNIQUE ("booking_id", "offset_hours")
);
COMMENT ON COLUMN "deadline_warning"."deadline" IS 'The deadline the warning was about (the booking''s may move later).';
COMMENT ON COLUMN "deadline_warning"."message_id" IS 'The SYSTEM message that carried it.';
COMMENT ON TABLE "deadline_warning" IS 'The warning given ``offset_hours`` before a booking''s free-cancellation deadline.';
        CREATE TABLE IF NOT EXISTS "outbox" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "dedup_key" VARCHAR(120) UNIQUE,
    "template" VARCHAR(60) NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INT NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "recipient_id" INT REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_outbox_status_506078" ON "outbox" ("status", "due_at");
COMMENT ON COLUMN "outbox"."kind" IS 'EMAIL: EMAIL\nTHREAD_NOTICE: THREAD_NOTICE';
COMMENT ON COLUMN "outbox"."status" IS 'PENDING: PENDING\nSENT: SENT\nFAILED: FAILED\nCANCELLED: CANCELLED';
COMMENT ON COLUMN "outbox"."dedup_key" IS 'Unique while set: the same key enqueued twice keeps one row. Thread notices give';
COMMENT ON COLUMN "outbox"."locked_until" IS 'A worker holds the row until then; past it, another worker may take it over.';
COMMENT ON TABLE "outbox" IS 'One delivery or scheduled action, claimed and carried out by a worker.';
        CREATE TABLE IF NOT EXISTS "service_question" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "texts" JSONB NOT NULL,
    "choice_labels" JSONB NOT NULL,
    "position" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "field_id" INT NOT NULL REFERENCES "booking_field_definition" ("id") ON DELETE CASCADE,
    "service_id" INT NOT NULL REFERENCES "service" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_service_que_service_a85844" UNIQUE ("service_id", "field_id")
);
COMMENT ON COLUMN "service_question"."texts" IS '``{\"en\": \"...\", \"fr\": \"...\", \"de\": \"...\"}``';
COMMENT ON COLUMN "service_question"."choice_labels" IS 'Optional labels of the field''s choices per locale: ``{\"fr\": {\"none\": \"Aucun\"}}``.';
COMMENT ON COLUMN "service_question"."field_id" IS 'The booking field that stores the answer.';
COMMENT ON TABLE "service_question" IS 'A question posted in the customer thread when a booking of the service is confirmed.';
        ALTER TABLE "message" ADD "question_id" INT;
        ALTER TABLE "user" ADD "time_zone" VARCHAR(64) NOT NULL DEFAULT 'Europe/Paris';
        COMMENT ON COLUMN "message"."question_id" IS 'The automated question a QUESTION message asks, or an ANSWER message answers.';
COMMENT ON COLUMN "user"."time_zone" IS 'For dates and times in e-mails (IANA name).';
        ALTER TABLE "message" ADD CONSTRAINT "fk_message_service__9b8beb8d" FOREIGN KEY ("question_id") REFERENCES "service_question" ("id") ON DELETE SET NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "message" DROP CONSTRAINT IF EXISTS "fk_message_service__9b8beb8d";
        ALTER TABLE "user" DROP COLUMN "time_zone";
        ALTER TABLE "message" DROP COLUMN "question_id";
        DROP TABLE IF EXISTS "service_question";
        DROP TABLE IF EXISTS "outbox";
        DROP TABLE IF EXISTS "deadline_warning";"""


MODELS_STATE = (
    "eJztXe13o7aa/1d0/KUzZ93cyXRmbtfds+d4HGfGW8dOHWd6e4cerNhKzAYLF3Aybjf/++"
    "oFjACBhV8x1ZeYgB4BPwnpeX/+qs2cCbK9s6bvw/F0hrBfa4C/ahjOEDmQXK2DGpzPo2v0"
    "hA/vbNYcxtvdeb4Lx7THe2h7iJyaIG/sWnPfcjBt38RgMbcdOEETcG/ZCLwilxHC3tTx6+"
    "D64vJ1HXi+45LLd0swdrBPugZT6E3rgN+LXPEd4GAEZsjz4AM6o3eeOGNyaws/7PMmC2z9"
    "sUCm7zwgf4pccquvv5PTFp6gb8gL/50/mvcWsicxWK0J7YCdN/3lnJ3rYP+SNaTPf2eOHX"
    "sxw1Hj+dKfOnjV2uIQPyCMXOgj2r3vLijEeGHbwXiEqPMnjZrwRxRoJugeLmw6UJSaP0B0"
    "rmaavf7QvGkPTbOWGsSQQoA8OEWgpBOAPKrH3v6BPsL3b8/f/fPdjz98ePcjacIec3Xmny"
    "/81hEwnJDB0xvWXth16EPegmEcgUrHlh2noG1NoSvHVqRJIEwePYlwiGcexOGJCONo7h8C"
    "5Bn8ZpJ3evCnFNk3b3Ig/dIctD43B69Iq9f0lg75WPl33AsuveXXKO4RzsEXwoEqgHWSro"
    "J4nyvhfZ6D93kab8/6U4Jz5nIRNl+/YJwCvDtZMwQsp/Dt+w9FZm1EUcH5+uGdwnT98C5z"
    "ttJLicXBRRQME/ppkC/IFd+aoYzlIUaZAHsSkJ6FB6cIPXnBSR/by2DfzYF+2Llq3wybV9"
    "f0djPP+8Nm+DWHbXrlLTu7TJx99SExTKtOwK+d4WdA/wX/7vfaDF7H8x9cdseo3fDfNfpM"
    "cOE7JnaeTTgRWITwbIhabNQDtsgsxNfEiTZaroJnK80I73i1CthWtxiuCSoNLAeWMuP3j1"
    "LOMUQsDfIlEQusB/wzWjKsO+SpIB7L9tdAUrr1kMq2UDJ8X8I5FJ6NHtGFzysBJjm1yOuT"
    "l0Y+A4A8A+jddrs12cqwA2Svop6qCW58PYxh22retJoX7RqbxHdw/PgM3YkZm830ivPWSZ"
    "xZtU1fmr2dJc9ATO4/CV6EPnYA/UfHeeRvmNIMhJfqeWqBO6HRep0AoM2JyE2+pCdrjBrg"
    "eerUyR/o078I18G944Kp8wxmizGV0fEEWL4HqGAokf637m69nP+1NnedJytYQchEdn2P8j"
    "Gk2dfaeOH5zix1SesGDqkbcNE9clGwvqiy/jGi3XD/xwU5xvv/8FaB9//hbSbvTy8lhCsf"
    "+gtPjnAbL2aphT4uaK2oDydo1frXw06/VysGeEDVAPzXwK1+77IzuGpfNMDqkJxt9lrtbp"
    "edDQ9p26vrbnvI2waHyUVLTbWjpNnJUexIhi9YnFIjmC+5xQgrKLidiKAWYpIrqSE82WSI"
    "BTI9wKUeYDoE5p8OLrTTxYgOuPzeDltF197hFIEnhBfoOw/Qxwb0sX8CqzWI8W/BdAXQRa"
    "Fpx8KA3C3NH+6gvwOr2AggvoUhA6TAGCfIDjjKBYd4U9270o54nrMlnqf3xDmZBdbYmkPs"
    "EygXWLJwZvLmUtrDaeXPS82qCwuW40PbnLuWjDm/QGNrBu2MVStOmdyYOOlZ0EW1tqWLdq"
    "tz1eySKVvnHDrZgiyuKwhn+juJ4W42szxPum7kAh0nPA7Ob04F5IVLZcZlIcuoQHPAdbl9"
    "OzjM0vyDiqSZLWgmIb53ETLHVIgkANAnM8niatlFedqcbnbA45ZTCVkJFte5v0euSRclRN"
    "8uNexD9C1jS05TVoANyhva9r+GsVENv6pXV81/vY6NbLff+xQ2F77CVrf/MfH5QQztJeFs"
    "CI7kidPw/89NvyeHP02Z/NCssQ/+D9iWtze2qPZf9ws8phiDu4VlE5bYO6O3/e+igsho9B"
    "d9DfCIlg3wBO0FehmN6vTIosvEBMAHMkSeD3wiYYxtizqVkZlH2MElETXIbSxs0b68tEyy"
    "267VpwsdufzpkpwZia+bdpCcLtojIHuXrK5HwGI+2XDU45R61Msy6pKtOXh64Vtna5EZrE"
    "XF3BaktNp5IS0whwbFgvDGqbR3oATZ0IpbDNkElUZW5nfJje/FgI0TaVzXOzKJbghbutv0"
    "3QeILW+lLz4xoFWdbhIfb8zrZkC2w0GnNazJpvIOIL6JeqoouvEvWAFc0VnmMJ54pwptYj"
    "9XwTbGYB1+iSgZW6YMtIwvzYA72z1PDFOioI+nED/ItCcfA/LLnwfIzrLWxZ3v2HC1WIcV"
    "mvAJmyec2BZGJoEGk962BO4i6O5X3ltVUeMAMQXSloCxKfaFdlRVrCz85JCtakucOryXqo"
    "IkmLS3BOo66qmqYPlTqujZEqch66Q6u+vLAfzUxf0w22U9sWuu9V43xY2bUax1Ze9jBHh7"
    "4NwDCIKeAOuJK/YbwLEndYDRcz10TKcu6WTuOIuHKfnPGk9ZHxjZaUPBPm6gw9rL5bruhF"
    "t4IUOnSLSRjbOc68nBjJzkeymOeoyoEuHCh4Y9WIjSoKvFEAjkZYa/9rHf/7nT+9QAwYGB"
    "r/uDYbPbAPzXwDft7iUhH3zptNoNIP5H2g76XzoX7QFpHRwZuPmp3Rs2APsx8C+3RCRlIQ"
    "rhEenxt5th+4r0xX6TW8lxQg743rWRbThGqa2EZbESqtiGCc/kFLSxiCTaJpi2r4Q8aiFQ"
    "40TaviLBNfKlKQZtik6jK7O3Ch7yxUyuKUK9KKw1DgpR2Fsq/oWg7xObwapK//jSKI/Fl6"
    "8Tu4OXtb6IdVxRtFOrpYI1ax5XIG4JeTF1ZMnWDWVbd2rVVEjgwTivw5ljTxRakT/NAPWo"
    "qTuSa8katWh81VFVjcYXQZVMH3SOTFimjUBlSbZ4G42pizNNyhF073HlZuBMIEvxsXE/Em"
    "XnV9HD4xEteaoOrf48kvqTjkAK1exQqqB5mbU/6tDuOZCYvHfwQasGcEQUpx24YdQQNsix"
    "UTs7OzNIG6N27yZOTJBw4mU0Si07W/Rz5JAMNmrSj2q9ijWkLfMXxnTTDUD/Gvi6PSAQmL"
    "3mVbsBhH8M3O202r1W27zuNofkWuxfQve536MU9MfA7atmp9sA7MfAF4zggrXr3V59pLpY"
    "/mvg1uc+09ny33LoWb2xs/mIr4gPGCsX6MWLftoSvXpzMOy0OtdNqh0X/inHuLjoj4XlIg"
    "nfQLgxG0EsX4ZFssSgEFZnbyHYqzOHNTSRsezGlsCPnaQliX16r84TQdpphZMwnOqcWpxI"
    "K5pkejzfR26hbCQCSRXM04dIuz7N8E/LZtcEknLwa/R+Rfm1XSwhe+GiyPUMjV+23logOZ"
    "xFYF+pM3SQUHlxzbED6ACWnQSwKOTkTTo6aHd/RddZ7bKughJ5Uo+ledgOqOAr/iXorTxo"
    "sdx8cZdWfwp9noHPY8kvIPaekZtSCZfIJzkZaiLRvEuiUbJV7slIGDVVO0UyIAAP1hPCYD"
    "Ry7u895JtTZ+F6oxG4Q/cE1siJ+DsP0AxJ34sZkkB4d3kexZ3ewcAGvmUTDMyRC14FRHXA"
    "e33dYBPAdZ6B5QHCXCLX52kZ6WkCB/Yg5z7ZnKHMHJsyBg6esg48B3joiUx0Gzw77iNyvT"
    "pwEXkjMrlo1kcyyVgWSDLhLNtmbwfQN9KrvQQOzrMgCKZ2EQNtSjiuJ7U4FOrwJsk0jyl1"
    "lOKfbRrXfD9Oke50vDjZahc+OltwwqXvGZK1485Z+OCVH+1eZKWbwSWYOU8IkHUOua/lC+"
    "j2XVY47ZtOJJX9NVfXWVh7tu5nwa52yS62mvJIh7BmK+cDx9Al/B2t8KIoNGinzNIoY4o6"
    "ZVa39tQm01uVZvfVq47tAydogiTSd1xPpOrrtgrzU5O9eYZnn4fkSmJ1eREqgb0D5F9acF"
    "rw2ZSP6M56XifIxr37RPdbLdUeU6otHKV6hAjVyuQ+1mlNs+f5acogEtEzpWjXMoiOrjs9"
    "dHV0nRbkqiHI6eg6HV1XepjXRNcduYRzmJhOIgALOeuypV9LaLQ+sAuDoD0TPlcS6U8gyI"
    "kGoO/D8RT4DrB8YFuPiB6GYVqSCK8ddKjzWpVLbsWL2Z0s0W+2z3BEoYsxcwm1WsWYLwbN"
    "y2FBTQEnagD2Y+DOzc0tLa3Mf2n4R+eCxn10yHH/S3twcdtugODAwK1B+6LDSzEHR4o2gT"
    "2HhViet9hIyRAj1EXMyqNSSNs1J2QvoiMhH+IMuVegyRvdSo0sHS1dY3H9DqKygajXWOS1"
    "VeFMXvNWoSxrRKrrhebVC10VoJjDpbMoirWEWsOdB7cuXljqmCrt45W93J+mfUUXC/w7jr"
    "q2qmnDRIkg3oFholiRH+rEvZtSIt3AOb4iiCesDMuMEt7FSomwXqoKki4jcuiQPfHLy7aX"
    "hB/mWpuJGca3qBUMYfEf1I9vZfOQ1/3IaKfNHOUyc+gsETt3GooeI4Vptv4vQVbm9GWbag"
    "CVss78kJN15od01pk/FhD7li9RtebqpUSy4yikzve7I+UqpN4UUEiRl/LNuStNyJELcZzw"
    "OCAfySKwieLvCfqmK7e35KEskv3tNKvviyhWNzEVHNtIcELzN2QmizFpMSKtLVmvLRH8nL"
    "bUllSvFGg9oS2Jz64yebuF8XoS6U0I5cuW3ITIQTWhLQyoY/FXXGKvA+6vhCbgAc5t0sBe"
    "gmfLn4YpSlgruWy3XXfSSC5/pQHw0B81gt5Xqpyd8tz+QY1rIYZPx3QdU2ikQ6SOatBaL+"
    "8SafGRvIdcTFzvBBfSHtBdJIxCKxQLLCS7lhX+a/ZufqUJqvlvOQsBPlmedWfZUkFTbbDi"
    "PRxwyJrdbtERIyRkOLpdA5MJ2x70aOHH8Kgc43HnTCQjkR1TGravhFrl0EGl6d1X+g1k+D"
    "3IiKuXUnn31S+0q0k29KfpdKBUe5TxvAWLj4o0OhQyzWSFiUiLwZqgKjGwLNEGnVYz+iQg"
    "fHAim4Vc1kpig96jV6cpNiAOGK7oEstVmo5uOswYcfmv2AjFaLR4sV57FAnZWyqPlO31ZQ"
    "NYVXcUm1rrI4AjVcWWwFa8DKG4UykUd/xDyPm8JbDFs0hXYe3efe8bjnxiMy2cf0v41Fgk"
    "7Q78spqrjkozGXbrmZVMxb0lXpI04KUAbXe5FI/izdV3HyC2PJhV9zR2vZ5nFXCSLRUqnI"
    "YBOuDVE8J0tLzFfE5Edvc1WwoAF9/B2JnNIV7Kaptu0IP2ASuXOp/9pmDNCXQP2ldCm3aA"
    "0linpeTfYAW+HvS/dC6oEj88MnCr22n3hmarf3Xd7P3WAPH/y6FGXoUnbjNCqU5KrN2sfW"
    "n3aIoB9mPgm9vrazIsZNzCo5KMiw0znCcVhiOgPWQ10OZNp1XUyMKIGoD9GPh60L7q3F7R"
    "D4gdGLhNDS7Xg84NGa7ouBzjQyuXPEm2jNyqoBHRAWuChtv0yZYEfUKuRW5RtASrSKZLsB"
    "bAm5pEzD8dWaWQbIYoRnTAhed2WHTZKY15KxaubkY54DaPeU92Uo7w901KitZaosxkIa/B"
    "3KcQL0flo28+q//kPztg4jrz7yfOMwYhFoDF/9dTktoO+jTwaPT1L6P2iJa8djxBC9n8kD"
    "I/vJD85aDdNmoEaqPGa4zzBkGxV9rm69nZ2e8vv49GBUvC6JB+bWeNtStmZ00ZRlTUjYH/"
    "QpiqbzsVmnqE8inqGwNBaHJwsMr23SihFZRu3U1xzKqCFGgNTR1krPjxuRqqtVDNEHVU3x"
    "Khahlq92vhWPh3zreOj2Y1mX0julrPtW6wdmp2DRqjQDqwiBS8pFYIbzxFk4WNJoDXXK2D"
    "sQ0JTzZhPG9oJ6IlDO+WAAbVVuWhD7vpdr0F5KuQ45TmVYRBHRttFTmUVaTyWvv2VbPTbQ"
    "D2Y+Dh50G7eUEJiMjWALF/y6F1PMGUwdft3kWn96mo/B+QNUBwYOCbdm/YAPSvgS/JeNGk"
    "wPzXwK1mr9XuslOrw3KMGBEGFnPzERXKhBoj2oktZR/LVC2o/f08tWwEPOTzet8eeXNAnh"
    "0gTK4uENWo0LTwjwjNPVbXzHWezwDnrwB2fCoCsILkqd1m1zcwMKG3XEZMN3ZWIxxMCAkr"
    "NQ55md6VC8UY4tUGRy5i9Ex7l2ls4rPoXGkanefMo/P0RCLcwdyWRsfnKGUFmgqUEksoZF"
    "VA/pCN8Ye0zQ0ubUfmHJqtfhVIyqFsrVSuUejTGSzzcsuOBBBIdGaeVGYezkan4FxTAX5F"
    "VUEN74lodENMckNnbGf8iCbmAvuWXXSQk7QnU5ug1gzESjB1iATDWATCAAD2JvQ//BOYQ8"
    "8Hll8nUqlDpc2QYgaXwIePiJakcZ5kAu+uO6/y7CM4mMh1ZVEA2XGpcaoKcCkHj03V1ru/"
    "ifUubjvB/gZDLpCdzAL/t9zKXTS25szuWkizmSQrcchmWSICV5ClYdaxa7EIpuTkKlM+Kb"
    "GApcTEkqhvmW1jSZTVVAogQa5HRHDC6hGQAe0AWDiqgCiNGFEg0SEi5TKG6DTBO1ZG6Jib"
    "/cbc6OodunpHyTgIlbLiKi6JHOjxFOKHbd3HxGLjLdZhdRi42HLAIXqC9mJbyBhWX2hHFY"
    "Jqv8wpr38iZUxXpVHymNKo0VqG9MrBaAkIr46sJ+qH80De0vNzi1WokWiGtFwMqc7nvee6"
    "n9DaRKsqkFVQpVolHduMrGNOoVSOEcVBY2t7P5vDQbN3c9k+UKnidyriyLtsaST9MbnoHt"
    "HqzoUkvhhRBUxDcZB/VAH5x2yQf9QVCI4j8ekKBFWoQDBAcHIFqaW+JuHLhau5rDnLkTeL"
    "Gq5lzz87z+QSTQu08KhbAfQA81OEmeUGlCikFQUWgTkiSHqoKwYck11njg5suhSrHZCi05"
    "rkpCaZoVOcUxfIKsipn6jzg4Rzzyi4qjPl7vYrortFMUwFCo3oer4x3I4P42RQNnBVOUZh"
    "Uq3POqzTOavCqpDO+Th8eBi/L2HChdD+bA7cExqppfucLMY+4Z5XaTs9ZNseeAXBDJHNHj"
    "8A13FmdcpfOwuX/k4dH9mATKHl64z8n1t3qZXr5eLWtXPCfp0TcmtEZ3uLH61GtHYX1+7i"
    "JZWYVNzFV7lRCm0WCSrN46/n8UPIdsCSJtOenxjQqoxpYpLFWNMBmfeDTmuo5hWkk27JEZ"
    "e4AeVmm9zUfepi1WlVwQtreOwmZVmBSiwng9YBJMUVbNkSo4jsWsnRFGvsqIiQqxoydJOm"
    "1TV4fefxwvOdGRH+uKgNnqdI8OmnlaJZ9gp+U2B5gKB3b7kzJLH57OMmBjZwBz9B14LYB6"
    "/GU0QjfgG5hQef0GueXIMXugFsRMAdsh2ynhKhNUq8EXZN8zuR7qGB58j9Prw/o/uJJeEI"
    "eiJXV083hhg7Pmlk21RYJnRCuAWnzTZmCXI+3zu0OeuYAjLNl1soU/GK4HQTZdRGo7+MGs"
    "I8y+/Z2RnP63vvJk5MkHDiZTRKfd5b9HPsXMEsh7HJ0h4XGv4U4QlPgz47gjbgbxOuugyK"
    "78iSy/M8s6XPdsbQRg3ARpwPMDnAZIHkQ9tcjBdkHry8BKmg49n29nefI08jHUy1Y+OdVu"
    "tkQ11dtQ5/h0L8jUhSZoUOq2kXYyt5STvC/hL8BF71SNV6Q+GhEPhxojLDXxZ9WpLr31yd"
    "Vr084fWEJi0+u9Ybz+/DObolsmXXAW2+lBSj3HDYxBV585DIIGnllpqpK96LwthVoTZwiX"
    "RbQwSlucHZ+XqeFssPWyhormhbKkWQZyAvC54tfwqeEXq0lyu9ztRZuB7VNlmkAa2AQ7k+"
    "8GeY+DShpdq+Q+34UC69TsFUxdskKS4ZsHuOgNIeJXtOkKzL1kmg3kPZOvsZLj3TmSOJ9i"
    "a//GWcUhdlLFCUMeTt2W5aRO+aIjxhvStTbs4cpjf/+tWovfnPxps3XFV+zg+pTejs7Oxl"
    "NAoNZpRD+c7L42J21usRdKopyVlFVND1kfbA3SsUV7qCeDl06N89e/oflY/KEXvZa5kJCS"
    "d8SZdOOTQxIwMjnHEQHZeNAGU1G7H4gNXgBJcoSXCJzHFn8TBdEYRSklTAJufNpAzwki+u"
    "8dkvE9hW30WOyBa1URDaCJJPZD5BLvj6PqQlKahNXjD7u7n5XTbogzoLjEaht8Fo9I/RKH"
    "TUYv8ERSGD6nRkYYQuYisjs+hT3UiU27BObj+ndaDuXWfGanCsbsrcF5hvAemZ+hNYeGwv"
    "JmH9KMJLuChwcrB8et1FM+cJTRosC7dH+kUsGNZj3c5YGQ/WhHYOea80BzfX1QQ+E5CwIe"
    "xZAmUObUR+aTEQ5dJUITK0PYvQZLW9LX/JylTVwdeYJ2C6hRZqDynUBpNSLhmsL5wkkJdZ"
    "Gqu1bm+G/av2oAHCIwNfD/pfOhf0XHhk4I/94ecGoH8VbSdx6U1JeMuR3dJlrRZ3/4vGEs"
    "tltuAmkFQgCOAAARcLlyAyztDtrP8EBPID4t3pXfaLCgmUpgHoXwM3W1RFbA7av9x2BrQ6"
    "WOKEgW8Hn1hdMf67yeew+5phhMefO3hi3klGa11Eu0h5Mhnea9Q6z5wGAw8XXpedzzmy8N"
    "aT41YPSkt6ZI8P3vn7uyWgLyarWbnbziucEesE6wv2r9u9oksEpWkA+tfAvzY7Q1ZoMDgw"
    "8KB90+9+oatFeGRgIoPfsOqC7LccywRjKjfIJVL2NCK1G0T6ppX5yIwjknT43dKHD016P7"
    "EzGH1bnQnY/NEofEfwH+Bc5lS389737GiSkh0K7gkyeu3lVZZlWcXLS/v2/R1HHXqe9YDp"
    "4D0ULgMjpdW1YNKL6wooQXVYFGOBVEOchvhYZQgqDmtcAVsMXSmtBjnbq/6uKMBJOg2uBN"
    "xAhV4Q2jiVBjYN7LHSAFcc1uPl0KggsDku/8coqFMyhFVdx3Pq6USpMyRLww6wVU9dfaLY"
    "5mSulmMrmoS3BLfadSQTW7gCtMfLqnOiEKsl1cmWJzTQqnNZJkopwB3THuwA7TBOpJooy3"
    "QtMZDJg4DebbebATJTg+l1WRVlUWuoAHMk7WqI1y0XScVABrxljPgrm+5fKWOXUJ9jS6Di"
    "FUGqgtU+YxrZpyxxkQ0/8WwH2TBTuoJ7LAZwPKY17c7AJxoSSv8lU5rlpgK+84gwdxONe7"
    "vWAU1EBSPilJl4lx3rGMdyuYOiGbTsNK7Z3oYrgsrFOb59rxIgRlplO6a8T4WI6VDH/fpy"
    "zqcFwxxXBBshXDJea9+BujyVlhze9U5wEfUBneB4QGURHyvqAIewgS8HpEPXwBftBpig5C"
    "6oNMNV5nf27D7pMN72wiUcwD+uoWt5RUeASEbMp9RjoS70DViWBPQ93Ws88KrT7DUBRUVS"
    "c6Ig7YEjhF1n888npC3zViCNs2A8YoOzilHUhXkzbF5eRrEX/H8DDwfNL+2ueUXG6RPtJ/"
    "6/gZvcK539kP8urjrke2U/5L9es/sbvVdwsNFHu3NvVMszn6y5RMTKiwiPiHQweIFgcObN"
    "KfnE8qPvV0QHxDpkbE8Wau17mb2iVNf30hFsF8XM/RJKbfJfa/J3ErYibXpS0CVLptoWxT"
    "N4UPiMpvHaTk/aXHVUHehlDq26zMj6MiPjKcRbWyjE9JIt1mFFJ1Y1UzjuFiNn4d8530zC"
    "r822xKnPeuqQjioKlTZ9qWMVORjo3EhroCLMl+trpBSQWvm5aaj2mnAryhQVA7dwui1FH6"
    "pymfOKptsKXzKZbkvMWhZPuCX4XCUTbgm5uLZKuMUl8FxngiZyrTHtPuVOEFyp5zkUwKjN"
    "OpeCbOS1Gb9cZnya0UyqMMg2FAkkZbYwbGzMf69kzH+fY8x/n8r3Opdo9bMRDppXEN1zJV"
    "P+eY4p/zxtyid39KW+qTmVtCKSw+dy3f9OJgP3GPlSd+8Z9/L/lsaXjg=="
)
