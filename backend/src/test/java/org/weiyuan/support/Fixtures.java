package org.weiyuan.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Multi-step fixtures built through the API, as users would. */
public final class Fixtures {

    private Fixtures() { }

    /** A worker with an approved household file in 南明; returns the household id. */
    public static String approvedHousehold(UUID worker) {
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> cashWish(long targetFen) {
        return Map.of("kind", "CASH", "title", "孩子的医药费", "story", "孩子住院需要自费药品,家里一时凑不齐。",
                "targetFen", targetFen, "deadline", LocalDate.now().plusDays(30).toString());
    }

    public static Map<String, Object> goodsWish() {
        return Map.of("kind", "GOODS", "title", "冬天的棉被和电暖器", "story", "老房子漏风,冬天很冷,想给老人添置过冬物品。",
                "items", List.of(Map.of("name", "棉被", "quantity", 2, "unitPriceFen", 20_000),
                        Map.of("name", "电暖器", "quantity", 1, "unitPriceFen", 30_000)),
                "deadline", LocalDate.now().plusDays(30).toString());
    }

    /** A published wish of a new approved household; returns the wish id. */
    public static String publishedWish(UUID worker, Map<String, Object> wish) {
        approvedHousehold(worker);
        String id = Api.worker(worker).body(wish).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Waits (bounded) for something asynchronous, such as a gateway's notification. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
