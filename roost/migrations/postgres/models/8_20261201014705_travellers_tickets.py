from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "delivery_mode" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "number" VARCHAR(40),
    "issued_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "document_id" INT REFERENCES "attachment" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "ticket"."delivery_mode" IS 'E_TICKET: E_TICKET\nPOSTAL: POSTAL\nAGENCY_PICKUP: AGENCY_PICKUP\nAIRPORT_DESK: AIRPORT_DESK';
COMMENT ON COLUMN "ticket"."status" IS 'PENDING: PENDING\nISSUED: ISSUED\nDELIVERED: DELIVERED';
COMMENT ON TABLE "ticket" IS 'One ticket of a booking (a flight, a train, an event pass).';
        CREATE TABLE IF NOT EXISTS "traveller_profile" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "seat_preference" VARCHAR(20) NOT NULL,
    "meal_preference" VARCHAR(80) NOT NULL,
    "notes" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "traveller_id" INT NOT NULL UNIQUE REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "traveller_profile"."seat_preference" IS 'NO_PREFERENCE: NO_PREFERENCE\nWINDOW: WINDOW\nAISLE: AISLE';
COMMENT ON TABLE "traveller_profile" IS 'What the service team needs to know to book for one traveller.';
        CREATE TABLE IF NOT EXISTS "identity_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "expires_on" DATE NOT NULL,
    "profile_id" INT NOT NULL REFERENCES "traveller_profile" ("id") ON DELETE CASCADE,
    "scan_id" INT REFERENCES "attachment" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "identity_document"."kind" IS 'PASSPORT: PASSPORT\nIDENTITY_CARD: IDENTITY_CARD\nVISA: VISA\nDRIVING_LICENCE: DRIVING_LICENCE';
COMMENT ON COLUMN "identity_document"."issuing_country" IS 'ISO 3166-1 alpha-2.';
COMMENT ON TABLE "identity_document" IS 'A passport, identity card, visa or licence of a traveller, with its scanned copy.';
        CREATE TABLE IF NOT EXISTS "document_expiry_warning" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "booking" ("id") ON DELETE CASCADE,
    "document_id" INT NOT NULL REFERENCES "identity_document" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_document_ex_documen_e21817" UNIQUE ("document_id", "booking_id")
);
COMMENT ON TABLE "document_expiry_warning" IS 'The traveller was warned that a document expires before a booking ends (once each).';
        CREATE TABLE IF NOT EXISTS "loyalty_membership" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "programme" VARCHAR(80) NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "profile_id" INT NOT NULL REFERENCES "traveller_profile" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "loyalty_membership" IS 'A traveller''s membership of a loyalty programme (airline, hotel chain, rail).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "identity_document";
        DROP TABLE IF EXISTS "ticket";
        DROP TABLE IF EXISTS "loyalty_membership";
        DROP TABLE IF EXISTS "document_expiry_warning";
        DROP TABLE IF EXISTS "traveller_profile";"""


MODELS_STATE = (
    "eJztXetz2siW/1e6+DJOLfHGTuLkkq2tIjZJuGODB3ByZ8OUaENjtBYtRg873Nn879unWx"
    "J6tIQEAoRGX3hIfVrSr1vd533+qs31CdHM06Zl4fFsTqhVa6C/ahTPCfshOVtHNbxYrM7B"
    "AQvfa7w5Dra7Ny0Dj6HHKdZMwg5NiDk21IWl6hTaNymyF5qOJ2SCpqpG0Ak7TQg1Z7pVR7"
    "dXn17UkWnpBjt9v0RjnVqsazTD5qyOxLXYGUtHOiVoTkwTP5BTuPJEH7NLq/Rhlxexqfqn"
    "TRRLfyDWjBjsUt//YIdVOiE/iOn+XTwqU5VokwCs6gQ64McVa7ngx9rU+sQbwv3fK2Nds+"
    "d01XixtGY69VqrAuIHQomBLQLdW4YNEFNb05zxcFEXd7pqIm7RRzMhU2xrMFBALW5gdaym"
    "KJ3uQOm3BopSiwyiS+GD3DnEoIQJwG7V5E//ALfw8vzszbs3719fvHnPmvDb9I68+ykuvQ"
    "JGEHJ4OoPaT34eW1i04BivQIWx5b8j0F7OsCHH1k8TQpjdehhhF88kiN0DK4xXc38fIM/x"
    "D4U904M1A2RfvUqA9Guzd/ml2TthrV7AJXX2sor3uOOcOhfnAPcVzs4bIoDKgHWYroR4n6"
    "XC+ywB77Mo3qb6bwnOscuF23z9gnEM8OayZviwnOHztxdZZu2KooTz9eJNiul68SZ2tsKp"
    "0OJgEABDwVYU5Ct2xlLnJGZ5CFCGwJ44pKfuj2OEnj3gpEu1pbPvJkA/aN+0+oPmzS1cbm"
    "6af2ocv+agBWfO+dFl6OjJRWiYvE7Qt/bgC4K/6H+6nRaHVzetB4NfcdVu8D81uCdsW7pC"
    "9WcFT3wsgnvURS0w6g5bpGTia4JEGy1Xzr0VZoRzXq0cttXIhmuIqgJWAAvM+PRRyjm6iE"
    "VB/sTEAvWB/kqWHOs2uytMx7L91ZGU7kySZlsoGL4/3TnkHl3dooGfPQEmPLXY47OHJhYH"
    "gN0D6txdX9dkK0MOyN6seionuMH1MIDtZbN/2bxq1fgkvsfjx2dsTJSY2axOGJetWkuF3Z"
    "oNsrgZRf+j08enX3tEw/yJYoFvO/1dOd2VZwQCM9VSx49kW6wGvJMSIQQTTj/XfRMtMAWj"
    "p+bn8/ARTNm0njjXhiu5WiV7olotahnLmkzntDpbT9Q5QTuFeA3XKp26lCA8matUhZZwFI"
    "1nmD6wps+GajEZFakUWTOCTHZHDAZMTdYhtMMmPy6aI9UyiTaNKpzyvsCQDulopLMp+YQ1"
    "m5ijEcJ0gkYjSp5Xh+Z4wWk/G3gx++0aAZwm0qe+DkH/BSPjHB1SCxsPxEInGBn6s9vW7Q"
    "CmNruIaMMn+mj0AhRh/+x3O0hc9wPCyGHceRczbA4p1RG7WadFSlXZ95rvOmJ8+V+2GP5R"
    "qdH2qUZjM1E3FEPXMil3glRFFpVrAzbH+e3+YiK4YfQ8Y28kvID0AZ2w+aka4vgcL903ka"
    "37xHgRfdW37GuN8i6V7i5BdRcWzsUik3FY5ftd8YZ0blt8ra0jcvpwyhYuewHKAmDIRyP5"
    "yK0nSdaepBmgi/gBuogMUGgNTDtKIbIiD9WmiqpdQZ1pCwnQVPpVicZixaREYQW2QY5rkC"
    "qs+lPHFvo/pDFmalcA1/5ralPBgN3bqsYWb/MULvvftd2y2zJMAaWA1s+dxCc3zX+F5/fl"
    "dfdjWJ0HHXwMDcuKUcwyLEGqalhyH5ZKWR6/MJVXWS5Y5Uwbj5+k0ueu1edyuCpl7hp9o3"
    "9SxWhy49WNu9QLfdT1R/GAEaWQe6qepBG69zVa74KEoDmZIDbWT+qYNJgIp9fZB7bqXJqr"
    "o6luoJn+zMSFMbgE0QkoZhAI0BJno627k+hKvtdM3TbETCU/mPRIsaYYZEoMAvP3j4guZW"
    "HoT6pj0GCT3LBM2ClYs++1sW1a+jxyqtKx7FPHshq7CLbxUl6AKB8Z77AgByS81+cpJLzX"
    "57ESHpwK+Xow4d6WMLyAcIva88gmEPT78Kj3J07XureDtuAzs2g/BFUDie8hvWQMfbt307"
    "pqIO8nO9rsXLaur/lR9ye0vbm9bg1EW+dneFFL52mWt7JqtThl5I0DhCVkjY+EFXYxSeSF"
    "CZ1sMsQ+smqACz3AMATKv3WaTZ/pJ9rj8ns3uMy69oIa+YlQm/xiIrhtBLf9AXlrEOfvnO"
    "mKsEFcT3OVInY1uVp6y/727PHHALFUirNaFkJkexzlXWmPQq7AqXbEs4Qt8Sy6Jy7YLFDH"
    "6gJTi0FpU8nCGcubS2n3p8Q+KzSr7luwdIsJVwtDlTHnV2SszrEWs2oFKcMbkyA9dboo17"
    "Z01bps3zSv2ZStCw6dbUGqUCa4M/2NJI5gPldNU7puJAIdJDwMzq+OBWTbAJlxmWVp9tPs"
    "cV1u3fX2szS/TiNpxguaYYinBiHKGIRITbiHKWxxVbWsPG1CNznwuMXUUZaCxdWnU2IosC"
    "jJfS0H5EfMlhylLAEblDS0rX8Nko1o3shedzuf3eZhy1rIqYVibck4G4bjJJt9M0p5vDbO"
    "2mj0FzwGeiTLhnC9+zka1eGXOuHuefiBDZFpCXdATYUYVzbzGDu4ZKIGu4xKVejLjMok+X"
    "Z9YJurRH+eYWuUU2/01u5nReYCpWMQQebStMicjYn+TJH3BHUk7gEtiIGEoUEul27WTRWA"
    "VpRNt8Q2deG4t8moBymrUS/KqEtYr0jIhthrFGevyeZSIaWtfCuiChHXYJwR3iBV5SwpQd"
    "a10mdDNkRVISsL8xfOF9mADRJVuMpw5WxdRlj9NAVeYDmLyx659bnXBDs6wmOuJudhHCHe"
    "9wUTdbCFng3dIsh3uo7UKc8TNFEnER76IK5wfk+gLb3husYDpqrpmWyO7F1I6xYXWl8Dnn"
    "E9xrH02peDmmy1yQHi/qqnkqIbXGRTgOv3V9uPO+exQhtiudJgG+CB979EFIxzTg20THRI"
    "s054Tpxl8kve+b65kwtsunz5mZmYIU+To0FMABEQumXKAcclmk+dS95hida4kKcJnmgqJQ"
    "qDhrLetgTuyunum+ittKg5aTsU8mOhGsu8wHN6bfFOSw6hgCkugC4LbPwt/QodlRUrlT7p"
    "jMHbNueM6KWsIPl8sbYE6nbVU1nBghwoiis3sAX7cUvI+qw/R9C6Zr2VFTZrBor/bfMZ8U"
    "4Kw2vmjNBeMz4dzSTaQ2ifn1mNj/ILsbRrA/4UP1fNKVLlgnLSsuhThD1pgvckfB0akMyo"
    "jih5rruxfBDFx14v3X6YsX/qeMb7oEST54LK+wJV4vFiRfN56Sui2Cb4fvmJCuxAUli/Ly"
    "87RRbUA0SlyJOzb9idhSgKerqwSh95keGvfex2f213PjeQ82NIb7u9QfO6gcT3kPZb158Y"
    "ee9r+7LVQP5/rG2v+7V91eqx1s6vIW1+bnUGDcS/hvS3u1ZfRG26v1iPv/cHrRvWF/9OaT"
    "7acRSmkzhwE3eqAGXlWFMUx5oqRckemYYVpC6PmgnUIFHlkiDBdeVenA3aCF2FrsxFyRc0"
    "mM1LKUJYLQprnTV8iWu2tBD68uQc2QxOa4kLLo3ybOnydSI/eHnrq0DHJUU7slqmMHcvgq"
    "rpLSHPpugu2LqR2vcosmqmKLFQZTtLA23Rs52F15I1atHgqpNWNRpcBNMkR4M5MuHJyRyV"
    "JdviNTKGqC/IY+Z0bwrlpmOkkWVF27gfeTq0lZ/cI1lGEqBV6s99qj9hBCKoxofQOc2LrP"
    "1JD+2Og9nYczsvdNqY1hXFcceyDmuEDtnvYe309HTI2gxrUyN0YEJ8B36ORpFlZ4t+Dhyl"
    "ykdN+lKtV7G6tEV+w7huuoHgc0hvWz0GgdJp3rQayPdnSK/bl63OZUu5vW4O2LnAX0b3pd"
    "sBCvga0tZNs33dQPxrSK84wRVv17m7+Qi6WPE9pJdfulxnK76LoWc1x/rmI+4R7zF9gKMX"
    "z/pqS/Tqzd6gfdm+bYJ23PenGONikD9t1SASvoFxYxrBVL4M+8lCg8JYnZ1lpfGO7NfQxM"
    "byOrAEfmyHLUn81Ts5C+WtiSqcfMOZnlMLElWKJpkez4LEBVn4NB9JGczT+yiMPYvxfIxn"
    "13wkxeDX4Hqlqa/Azsdo/OL11j6S/VkEdpVNrIqrLS6uCXaAKqAwl4DCTFVTq1icTL6zVT"
    "BEGpTYnZo889V2QDlv8W9Ob8VBK5AWSuh1efwdT0osSpliaj4TI2Uw/K58kmOCCfBiIRmZ"
    "G0yXAx0+Uy+yXkBBc7HYZHQOqh9OWGn5AyohM0T0cQ2YwWTiNSQTlRsg3BEAiHWDjxRofy"
    "XD4Czf3oA6zZypxbuJmCAdB+lId1OXC5FuBuy4Etbe/0w00ITjBCWWGUkoYbxJJhzGmM4U"
    "A2+aQ4Ae1CdC0WikT6cmsZSZbhtQAfieMJTJysn8FxNBUtGX/qSiyL26PMw21ytA3eK7VU"
    "64Ey8WV/T6osEXCCgbrJqICR/EsEQmczjsr4rM1xRg9k1Rtti5yzoydWSSJzaWGnrWjUdi"
    "mHVkEPZEbPGBROlsEeKJ09mCpGoafzpEfrBetSXSaZKFyeeK4cegMjUd1tPePxTp4Q2TVT"
    "KI1JFOvLZRXJP9fP10x+Ply1c799b5guMufc+YrR33uh3ML8BWOijhPNefkotBb99liTMl"
    "V7k549/m8jqTV57Pu1mw58Q0GceaDdcgUYFNJXw1FZEwyLlpwQeOscH4OyiaWIwMa5XT7u"
    "6cdp2BzwHbm1VPRzu909JsODjBpaFQPpLybDMyQTwuLU2COC7Pj5NeKmdNnpjwyyRc4POA"
    "nDhqMIzczhHvnEmlYQma1/JCJyCMIoLHsxi2cgfXkIq9bl9cGeMsR5XIe0iRt+KZK5654p"
    "lzU3K4i322WMEgVYXseq7Yv5Fsybq1J6wf1Vpe+bo8MrBTh1kFJ9p6BrkSPvIVPg7D3voM"
    "4RKeNmgmTxvq42U5ScfEipp/lshIJElVVOdhOv6Eq+wvJFT1hazJWdfcel5npwkGN/mjDy"
    "sO9pAcbOYkPQdI0FOaanhVIaT4eX6c4oLEshLxM6rEhSq5yPGhWyUXqewUxysqVMlFquQi"
    "RwXzmuQiB5aBI1oeiSQs0wTFy8Oq01rx66LS5LxYYNNc6IZVR24XYGFjguqTamKQTjV1DB"
    "VvhTDrmWbq6Fm1ZkgFd8MxZLmEJBeLpSwbxg6uUCUFLpbUy5ZwCazp4rld2kJH8N82+33I"
    "hQpB2+LXkLavWp1Be/C7ctnsXTVQ4O+Qfm33mw0En0N61Wt/bXc+K05IfwOFDqR07dhx9D"
    "cbqXtZ6bH4qNkVRZEHL/1bEgD4TRqA38QD/CYCsGqaNjBavKCTkSmPjIS0yJDX2v0uen12"
    "cfHyDGFtMcMvz6M7Q0yb5FmfZtLHz/nwiDhOBIqMlQUFknwwglRJyqPijEgeOjxQ/kSr+k"
    "5VLaNbXpCo0hbIYo8Zx5Mx8HhFUekH0lSKhSmYgzQ1cPnV21WXRzZ5U8tUgfd2vaIApmQO"
    "CDctC49nKY3hBZvGqQO7V29vZl/E0HZWFb0rQOkft6SbTK5fVXtLEOd9jdYL8RQ57bl12T"
    "M5f0BOWSyE+SuELJ2J00zcfiTw001DKZHZc+iwEtGLJaIfXro7LLwBMeJ1Gjnidbwg8Toi"
    "SbBNzLIlK27KnHYe9R69AK56zU+DjK4AgggUGOxrSNv9/l0LdB/8G9Lbta9ARdJmv7tfW7"
    "2ru1YDOT+G9LLXumoPoL37qxiKDxCuN/IiCBDm4ERQTOblCH0Goj7GE7YXuRJ5WjnfT7Ol"
    "lH88IysR8oVT2ziTwspPs8c1rXXXy7iibbqDpNlA4veP8BJk6RbWFDwH9Z5kipKxOseaHO"
    "kwaXimCtpTp49dIb+rpG5JM7V12b5pXp+cndfPQ6k2/erZiMLqSZ0QQ1ngpW5nxVpCXcGd"
    "BDeTj7SlpY4ZhpNsySKjlMXIGblJju884N9Jzsgq3ip+uT9OB8o08VaV22zZRr1ymy2MZa"
    "HyPMzF83DlCJdG8Q1JiLZUdztq2WsnuVNJEA+5ES5Bob8lULeil7KC5Gi4t8NowDs5Wr3A"
    "QWwl/M2Lt5e4L+Zam4ni5mdbbzjpUoJ4/jLwPPRsHlF7SEK7ysxRLDNHlQU/96ig1W1EMI"
    "3X/4XIiuystqkGMFVVjdcJVTVeR6tq/Glj7iGdUS/lJzuMQupstztSokLqVQaFFHsoS1kY"
    "0oIDiRAHCQ8D8oEsApso/p6wpRhye0sSyn6yv51m9W0WxeompoJDGwmOaP66zGQ2Ji1AVG"
    "lL1mtLfH5OW2pLfG5VRwZxWm1JcHYVKZztWl9izVreEHAYMmfqoiaR46KN6knSnCaaK/Ng"
    "+zRVnF2PXMg57VGL6DKnV7Qw9AcDz+cEnWDVANmujma6RTQ0nrEhqCM2EJokPWHuvVfyY8"
    "HkR3fosgg7AaISijrv00g67+MFnfdVrNm+Y82qwJwqjqSojEyaOJLDMDJu4mwJ++LLqR3P"
    "tPhSeKfTPruZrUXoO7ca1JFY6sgEPeCFxhpoSx4K79YK4q3kSurtupPmnLM8U4ZJ/qwx9P"
    "yHFva9po4V7wy22dTmy/FYUyG1oy/NdpWX7pB8DQxRelSd1tUOIEvktJrzGXbWAFGBAzR5"
    "FkuxYvDlgedRISYyCeFK3vM6ej20z1+dXyD9ibV5Uk31XtUgqUfz+hrpVFt+4JflkUOUCT"
    "2S+KIdXWPHA39cSS68jIuZBp/RNBB8Dulvd63+oN3tNJD7a0ibnf63Vq+BxPeQivoMDadO"
    "Q3icDxPNsZotmw5WsIc9Dhmb3VlHjJE04K0YUjZhW71Ok/11fxVjPO71iWQk4hOiuu1LIe"
    "Yl+Q/uIiNqlO2SvgMxPr0y4o2GoWBuLcEpfvEmxRS/eBM7xeFU5UZdbofaNG7UQtjJpmEJ"
    "0BSYDTwYd+0WEc8Ga4iqwMBy3hem1RzuBLk3zsR1l8vyhHhsPpp1yI+HqcNwrU7xOuNRzn"
    "o/YyTk/2wjFKCp5Mr1msWVkmVbxWJaX9SiAZxWnRiYWuuz0qx0VFsCe2eSI+SF0qIa2Kli"
    "ctLIFu4cgO2L2va/+XosBMa7Xbvz733DkQ9tplvkI8Je5qYt/enLmAIq5GUrKmnnlbvJ6S"
    "591qbiFgItUKRC13jAVDWx8zQRG1HgfD3JUKSHW6bJ1OwEn6OTJ0JhtEx7sWAiu/GCLwVI"
    "iO9orM8XmMozMWfvofJPKZYdh39HYE1wm8Cl9Uo5T+WAf57ggH8edcA/LiX/Bivwba/7tX"
    "0FSnz315BeXrdbnYFy2b25bXZ+b6Dg/2Kokb3UG9uMUKSTAms3a19bHUifxb+GtH93e8uG"
    "hY2b+6sg46LJknymHA6Hdo8mlo/Nfvsyq5GFEzUQ/xrS217rpn13Ay8Q/zGkLTC43PbafT"
    "Zcq9/FGB/GVKhPki3jo65rBNMYNaVHFBqae0a1q7Fxt+n9mmE+drvXAYXzx3bYznJ387HV"
    "OzkLxQ5E9WJPxFDZJSSrUyLYfrI9wu0dOVq8wSSi/FunmRiiANEeF567QdZlpzDmrUAqJr"
    "h9p4DR5vmcwp0UI7UTXC9raqfapV9mUonZ4B51BE3Zx0uL/LAQphNkPetoYuiLlxP9mSIX"
    "C8RzW9UjkloOfQ7paPT9r2HtkSyHrP9hjaFFNPETmJ8hu86w9qnXag1rDOph7fJLt33ZEg"
    "3GMwg0MaHN99PT0z9+/jEaJWiUZBOtSldV2VkD7bLZWSOGkTTqRsd/wU1DvZ0KLX32nWPU"
    "NzqC0GTvYBXtvUmFlikMEluC5Jg1ygqSozVUqgQ6KV8+o4JqLVROhOV2CJXLUJvNwuFfxL"
    "SpYq7WIDmeXUoGOvtIs5xpU2dJay4WJcM3i1HItu71H22LzGsyk9DqbD3RIMTbpTMFQaQP"
    "60B9IsYSDDfmeEYmtkYmCHOJpo7GGmZs7ISLCa5pjV0B3S8RRs+68UgMeQBRPt2uNxp995"
    "U8gDTrjC//ozIk7dOQVHpDR+um2b5uIP41pIMvvVbzCgjaUIAz8Nc7+6nZ6d4NvLPi75B+"
    "a3380u3+2kDOj2Iodo+w4shtq3PV7nzOqmJxyBrI+TGk/VaHDRN8DuknNr5QU0R8D+lls3"
    "PZuuaHvJ/FGDEmb9kL5ZFkKqQQIMrFXLWLZa12x3tHzzNVI8gkVoNHdpnsyRG7d0QoO2sT"
    "UFpBValHQhYm0tmGY+jPp0iwsBDJBVIWenBsD4HdKe8LDCmjVw1ODLwTa8zoJjrk6jB1SO"
    "bBEDU8L5Uxpt6GyE5S8gy9ry9YepZqGp0lzKOz6ESaWdZCiXv/Y3fGEFXRnaS/DAa3SNyu"
    "iGd2Vl8Y0V9MNjymBWXIyHxhoRO4BruS7vi/1RE5fTiFGGjGrzAORZLJZTeX2LXnNbsVTZ"
    "pVLcHg4aPZ41q/J2NHmrfrIv7luojas/FS02WO1/GmDR9JMQwZpapR4byAWVY6P0mV0TWS"
    "0VXIWxE4ky0oK6oSWk+OxFriYpIYlqbp40cyUWxqqVrWQQ7THk1Nu1rT0T+gmc5EXc4bsk"
    "0c8SeBf/QDWsB2rlp1toHroJZwKeZ4iSz8SKCUKeQbkHnO5tt5mWcfw0EhhiGLsImP+Q5S"
    "lYBL2Xvcd2UZ/5tYxoN2SWptMOQ+sqNZ4P+WWzm+Z4JlxgBzH0mRJfxvM90kaEEMU6dYQ6"
    "CmDsrfjoHBRCfsbk024rDRzkEPMyaaybbTqEy/H/bZIGN1wR1NMg1MmKzAg3MwyeSZ3M90"
    "/TEbsEGiAsPKVU7O3Ybmumq6ljfQYOp7nNkJEejejI0ORhUrHYiYDb/b64PQnWmQA7LfVj"
    "0VAtwtZnlG0g0HK7hepMgXcC+tE3zcr8BO9t/cOt00ZYGP98kctb7LuOFbSHDIlgjMbz3i"
    "I+I/XU9yElmEGqYJGuaDASoIQBs6QCrkFHD8PqVRwilIqrDgYnlzVGXPcmZFqzjr3cZZV9"
    "WIq2rEBePiE6oRp0hLv8JcAD2eYfqwbciAAzofokveYWE4yHz9vAVET1izt4WMY/UVOioR"
    "VLtlTkU9Zylj6pV6TmJKV43WMqQ3OiVLxORlwmS5CcIP7CnBySah+G46koohLRZDWtUn3G"
    "19wgVWN7H2+chKaOork+1nztYxPVP67hXFXvOpdH5VBr1mp//JyUhzhMWyDDIlBqGyuKh4"
    "uANEJXBZ2HXJt6qialVRtWASX3ErqvYIntxg8CCrSfhy39lE1pznRZ6vGq5lz7/oz+wUpI"
    "K0TXB3wybigROrYmJO1TBRvQf0w/qUH4D2v5gI2xMV1sQoG59v19JSZbZjYXFSZ1cFxw4p"
    "AHCXPj4Bs1XKitBVuumoBwrehPf3kZWQ9z9SNz+JLBBRjlX1FnbxFsFukQ1TH0WF6HpO1N"
    "2O9+M3UTRw0/Kgvkm13helKgqSFtYURUEOx9kTY4A1vlNJWXv39FreHlIIeS3XMvfgXWXa"
    "cxHp6jDVnAUXEoIpim2uagKbLkfutDXH+kLC2OfX7RY6/AIs5qXm5vnLZOkWloSUfVQfEr"
    "ye/XSlYeX/cX7++vW781evL96/ffPu3dv3rzzAo6eSkP/Y/gzgBzjLmI01y3K1bhN2szzt"
    "eAs+6CuR2wac39ofSpklWf6jSbXidwB/Qi8FO60z1BGBtZd18dLpArEuGohQ6H7CUzpRhC"
    "dzFfI+6XSqPtiGOM5LNjt9JFUZyaX/IR3SK9VkRKAREmk9eOIPYlmQt1JkwmUHZqpp6cby"
    "g7gCNOaWYrYVwXHCqeaVqbiAe4szJSQbS1LWdB9VlTQ9Q9J0MlEtxSs3NdNtWXbF2DkdQ7"
    "2/jZ3PvkxpwNgdm2isgWe6xRYJxpbSJeJ3ju7JlC0NfPlwnL8gG4xhSYqzbd7NjtUYZI5V"
    "TTHt+/8lY4lKMD5rSYTweHOX1Eajv4ZsRRBJzU9PT0Ua86kROjAhvgM/RyO2WcwX1hLN2S"
    "ojthV+Gy/ZtvGsGxOpf/xuL3XgXCtiTkCG+ewzyaU63mmUx0q9k2ExyBye31A22ypl5NWe"
    "mWHP9ADk670i1ntvG8ywfa7vaH876bvzjIssKHrcB0APOmOpIfdrwmYIzAJyH06uONqyv5"
    "0b2pzhyroiRgirRTH/vUosZhsYQoOUVQqM4pg+o26Q9mKyYWKbIGVl8S7wsEcs3u4ber/M"
    "ptSP0BU4HcTBDN9e+YlM0IaoKpvJOvP3ai7mYK8tVPKA3FXwkdc2h+j96Hzf2gwSLu99VL"
    "M97ViE3vMcTCJB3SOA456MDMgN4/sHOnymHBJ/gOSVV1OwTIPDH1QJmYniH9uAAEn2Ksmq"
    "voCRSICuG3zkIKt8wwt85UMx8XpzJoA3zE7jcIdOM2tm6PbDLNJi6m4m0onEjiuRgfqZ1o"
    "Z2rdLHWrIRjTepp7aiaW7zVM4UXB4FEvB9gFzzDpANhJGB6USfI0t/JLSOuAlqwtpoS4Qh"
    "z4kJDtAzuUycT7eVlatYVi4+ZAoMTxTchOTtAap8oowOC/OOa9WSHwuVySGbaAUClCWUF4"
    "9XPoyqBaZYFRqczLnhJZSlcUvKTUR08oBnf4kChJVmrcivkL5g0G8yxgHCoxnj2ifVMC1k"
    "2uMxMc2praEnrKkTLsyhE7/PETIJMdHzjPNN3PAwthmnNWd/xKPLk9/toP8Sz74qYXn8Yn"
    "6cet00CcurrF9V1q/Dq1RyzPq1y0gRt164VMPhlfFN0mysGqVzC57YYwth/0alaSY6wWhO"
    "CHjbIkPX53UI2dZtA75nukU0cHZbSjbEfLqs9BjF0mNUiTF3mxjTf2cRmOMr6ITISpCPJo"
    "ntqUroVBxpPhxpgYzhhx7k3fKk8VbYzEzptnbYI+FMkyyxPTbve+3LQbqMtA6Pm08y2hIh"
    "/jOagnZl/8wxde92luljAI/dqZkDaI5c85vTW5nQ2oOk6MEWLzH6kV0rOSp/+lunECHd9g"
    "g2adBj0qB6UyQAANWnr56Em+bLDRNVTREPaszJRCZU5n8RiDFt0ydsqJha6GQ8I2DEQOwS"
    "Jn4iL0SleVH1G/ERQfdE0yH41NJXVei9MFc6ge7xkC6I8dK9Pqf7wM35Tk/srHd3Y0ypbr"
    "FGmgbCMqPzlfoQtPFpz3xyvtg7qsRnBzX0MxlNsgzGBwt4BMcbJLBpVFzk9d6inwOHI4xn"
    "PJUkGw5nNU07/BHCI54GXf4La0g8jbvqcih+YUsuf1STL32aPsYaaSA+4mKA2Q/KFkgxtE"
    "17bLN58JONbnQX2OF1DjyNqkI+ObsyVGqdeKjLq9bBxngG5SI2GPYQ6fE4ODQZv+vc+4pJ"
    "Zpwo1RFwq2wtxCbjaz84DChjUTWYAEv0wEgoN7lI+O2cOi2xK4N4iEy8tJ+kyMpD7o8cEG"
    "HYPosttEqp44z7gWoxu4JqJvCDREWGvyi627CEubnq1me4PjKI02ptg7NrfUpPL0AiH0+N"
    "wuobN19KslFuOGz+FXnz0m9zYpp466pvN6KX4nAWMACwBc7hTlZsAEa/3bHds93tIOfBgR"
    "kw60g3ILlbs9P/1uqtTgkGIeVOcRA96oDgeU2iPOXH60kaU8ttkUJLCm15tlQ2uJaJnlVr"
    "hp4JedSWng5RpL5QKQ/p0Z8pAk4T/VuXpdHIo8PKyaZYOkSItYugGu9j4zQvXXhQ/pWeKu"
    "8lD9yz8zToslax8PJzQXxhWVFgWckCcoBoj55Ld4PLjArOwoS5Ye0ZL00F4gUkvEZSMrAQ"
    "ZZUHLEMeMJe3j8maGa/jjxAesY6fK9LnOrfRfP8+rL36R+PVK2GWORM/wf54enr6czRyjb"
    "PAofxiJnExufV6aDOQppu2IZMAEixAPppiTAy4XuaJccXWFW9cuIUdsqVO6mg0YgN6/ur8"
    "4uXZ+cvztzCqbCD/YAN50u53EWhSPd7UG0yJQ/kuLnCA6RJRtKSRLJ3aCdsJlqmrfhQz7D"
    "J3YdAvuEPRuTwykpQtV740/4j7kOFsI/BiyjKM+HLsh/OJAEk0hwgncIXqVKlDvPkQL92L"
    "2S+T7733IkHCX7VJIeMzJJ/YfBLRn9iy8HhGJuAu5PNIMhLLnm/QB/gxjUauI9Ro9J+jke"
    "tDyv+MNZVQi43yfMHmM1sdsZNYkzsbgSoN817hLyTlX6jselNDnw+pP7c196zibk+sZ1iG"
    "VTrW7AnUZqcTtiYTDElJeCvVgvMGmetPZNJAhv4syr3wAjEm73ZeR6YumvCk/aJXdieOas"
    "9x58KMa+X34uj+oBH71hMKQoY0GN9rLjLQnpcZXNj3mjpW2FiqT6q1BIsfI/oe8FVObBhE"
    "NLF5pUDZpwLFmdFyKbRF7XlkNQ+6VKzIiyz51y7v+oPuTavXQO6vIb3tdb+2r+CY+2tIP3"
    "YHXxoIPlPa6YKaglSKggQ9QURNEJuuPl5JEJ+o/hiDm/YQSGYbDJFxjB5x/SvgI98j3u3O"
    "p25WuQNoGgg+h7R5CeYIpdf67a7da101UOjAkN71Prc6gwYS35u8Dqn0Zglqs6jWjAkIC5"
    "3KU0Wuq+nqpzweXxXwOuLO0I7nHuzyBIk5xxbeenjcGDuCDQN4FIycZ355v+SSncQ7MOfO"
    "S+y7wl5+y954m1xR73GJ6N62OlmXCKBpIPgc0m/N9qDd+dxAzo8h7bX63euvsFq4v4aUCf"
    "B9OCK+i7FMcN5yg2raRS+kXesT1jebYEjUfnffW7h513z8QdSGJz+8I46MMBq5z4j+A53J"
    "nIVz733Xybfgin7ZIeOeIKOvvFeLsiyn8V71C5EbvO9ByuK+9gM3dGqqG+57ZwYUEibbt0"
    "+eVFO9VzU2mVHz+vrFB/SKKxrgbpFNLVVzfP8N04qpTpv/NfaxBEi0CJusBPJujoZVzCVf"
    "RIHe/1RsWRW08Hdc9rFpqg88tSI4cmVzapbSVtUvokurB5TP8JAVYx9pBXEU4kNl+Ss5rE"
    "FjQzZ0pbQVyPHhglkrD0XoKnAl4DoGuIzQBqkqYKPAOhbgbLgGiSpYi1Qpq4TAJsSXHSJf"
    "bcEQThunlJCudpUTTLI05IBte9VTObENLogpsPU7lGwJbrkLvIW28BTQHi5d4JFCnC5bYL"
    "w8UQGddi7LRKkUcAe0Bzmg7QYllhNlma4lpipkvAqtWpfTouzXGqaAeSXtVhCvWy7CioHM"
    "tU0PF15eNN1/qlSkYB9Q5th4lPrzZwGqx3q64R2VCaudBtBzZ+0B1rh5JsbPXpyur3e2Vy"
    "yv5VqX+749N/3+Xnhi/iJcPMyg+4fJLcHgHQYG4CV6JEtu6jVn7OklziP59StN3umEbvNW"
    "VeLOv23Q/aH1OwHPtfdpPNfex3uuvY/6e/PpHQG3P2cveHyeJpeoTCmaXp+/u/AmLvxJmr"
    "P9m+b1tUQtKTw6LJ2tj5IdTn2IV02GKAvrG5QV1n+cn79+/e781euL92/fvHv39v0rD+To"
    "qSTIP7Y/tzuh+HBJILiFp9NNBiBEWOGfHv8MYbM7ZXHU8SOxpNyNOJPM2KzarGVpuoyXEO"
    "15ch8v/u4Eo6mmPswsXjYLhqIOUYDkiYlwjPkwTUno9JZ9VfmBisWqsHmlPhFjqcAUkzMt"
    "6733I50UmZWptZRB+/LX1qCB3F9DetvtD5rXDSS+h7T5udW5/F25Zafvbhso8Jedbfduu7"
    "2BctXq/8pO+v6FX5fDuPcfYSzGbatz1e58rmUcS4eMDZz4MaTtfv8Owi3E95Beta7bX1s8"
    "gsv7WYxREtJeFkFhRbHRyBRM77XrDF2qadobeb4GCCv35iK7Nzs7z0bDHKatRrrII105ss"
    "cvpOV1ZK/KfO/GH41d0Z5nDg0IUVX+aIX0Ryva3M3BIU2a79ydjTmA2+Q5kdzOjmsGp4U3"
    "9PJmNh7vVBVm4CeiacS4NfSpylGOKsXCbeqJ6jG3tbLwNV+rKfsGKaH85f14gkBKyISX6H"
    "tk+xR8w1T1rHTepaLKsu27q/RlxdKXmYyXZFOKTJngQGXOsCl1LNFu9qhs6XSV217rU6vX"
    "6ly2sqpcAsQNFPg7pN/anavutwYS36Aq61+3QEfGvoqhdpkTrK0dQflLIiEtXQap/E22VL"
    "dkjkYD8iNmLfIISgBukizW+tcgIIZF0sB6oth1t/PZbR7ODRvK1bWYbCgmBykrMbkoYrJE"
    "OxLxVFtxO5k2/TBZPqLy0e//GezDfm6L8daQFcPls7d0GWw7/V35pJwje+FSOVlq+hJrDD"
    "Ynb/JMXWwJ3LXo8Mbrr0zIRYUwySIQxa9LyUBnH/n6URfrzU8rB4cXvRQ1uraSbTmYEnnW"
    "BTlehrXdFuvTRFOEx2PdptYp+gyVtOAvMU1ePp5JmI9QQBPSJQezPtcR1IrHK+KIAJtnx2"
    "kSK+uhwB9DZ1BUGY/3KuKSOVYlzmjxYpFHULqyUedv09TbYa3i5c+3kYo7VeWo3aYrXswy"
    "Vo3yCCqvivVeFZo+xtrGeq8V9R5le1GfKpOLWKeBCB3STz3WoQFORA0kPNsyz/A08zt+dh"
    "91VbSWbTDO4D9vsaGaWUfgk2441XYg9AWegNfdIS9hrzHRSbvZaSJAReKimpF2zwXXOEuz"
    "4evj0hZ5K5CWEuC8Y0OwkKvCAkp/0Pz0aVVeQPwf0kGv+bV1rdywcfoM/QT/C+/MgfDKZL"
    "01r27a7H3lX+xfp3n9O1zL+TGkjONpfe41IVE3JHf3/hRDHa2aypOQUUMib1LpvRVRVXUv"
    "Q9U9nrlU8vIllzn0iPaItcvyHi3UlbtW/IpynHroNO5abBjMjQY9QHg0jpi1b24BqwUxTJ"
    "3+Yjo/sAYMCEbP2ETi0dDJwiT2RKfLucr+vviAKHkiBrLpRFrFMteeS+wW6lcYZTN+SCgr"
    "h7a1Dm1hBd2Wjld/j0Q/kqkWk+YnjaUJe85qW1pKyuj1FuT37IlqKez5DGkFt0xYQVct1t"
    "OypFg5mvstYSqfl2pQWKMPxOQ5ePaM1p74Gahx4ZOQXfMNOvFX7TSXDIL5C1E+89nQLVH6"
    "0zP9qFPuxzhRo0lQtoBeoDyeYbp12iIHdr5FXfIOCzMC+U7XfWd5OkaMnsn9jM0HxYkG23"
    "qj6NrWvf6jzd6QwgDGhAndJCEBAqNvrY9fut1feS1dt2zdCcgU8JJDPV12lDFvmolUK6pl"
    "3QJynUOkqAyj8oGd7+ysUpClx4pQuPuJYhJtqjgO9wpebOtP1Gfd9UVvzUUaZ6JjnGerJJ"
    "kiM9l2kK2qoJcQKibSGlaFVAqkvFzNFVRbp08MbgmAqZvRUI6o6/GXbmMghpdKsSTgyr2j"
    "fbFg28ImC0crCXZRB0cflgTLmLYbTJcDHT5TKv5S5pwulnNYgr6PP5YSDll0HtKA2cS2jJ"
    "Vcxn2TOYy6wd92yAHpwOtoCL2FwDkF3qDOKbae6vbDzDvq5gGXurKy40oE5Z+JLqvfhExU"
    "k3ituqfqSY6rz75GaXxXvwwGtyf9F4jQyUJnsArVgkHGhIlk4GgqmBOenYnHSRI8njmpxV"
    "QLmfY99HjPnVClPqy5XmBIh7QF5920V9wZliIh1nBx6mQ0EqLJr2yinjqC1mj0AvGrg3w1"
    "IwapAjwL6P1qG5l8X53mRXbI2dw3M6VzZqJ3ZsThhb9Vki3kn/1uJ8Y47FGELcPq2EL/hz"
    "TV3Fl4TO2/pjYdA5Lo3lY19u6ap3C9/65lG4RaB4Mb2tTQ56gBk68xcpYFpfW11Rn0JeXG"
    "05GkN+4CwgG7biTgMBxbWA8abKGDcMChScYGkdj741+ZFUWR35panz0AW/CfVWvG9dvObm"
    "HU0fNMZav/eEbGj6IA9Jeb5uXL/pfm+dsLvpNgyzaIoFQlQRW59rx//2qVjjV7QhRXn6jA"
    "3JSw1IkObHF9FNufrXaLl5rORFnEaHWuNV1yT1Kz7rqX1t3a4Ohen6iODypHBj1hzSZmdD"
    "7k1WnlU1f51FU+dWXzqasi+ss26hLHNk/vkjnuvMx2S3BHcHQJIXslk7i99J0yoX+XqtiM"
    "8b9NNjjjWU2iS3HO1JNUKXjVZp0mJf61qXQMxdIxsGlrSv0n44UmH0mRpaZNdQ1v36aKs3"
    "2bEGf7Niyn4IUkrCYeYad5CdE9SyUFniVIgWdRKZBd0ZImX4zX4/hI9q/I2b1ZYKcqlwy8"
    "Qf6b2c//B6qtcCQ="
)
