package org.weiyuan.funding;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link PaymentGateway} bean, by its name: a notification is verified by the gateway it names. */
@ApplicationScoped
public class PaymentGateways {

    private final Map<String, PaymentGateway> byName;

    PaymentGateways(@All List<PaymentGateway> gateways) {
        this.byName = gateways.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::name, Function.identity()));
    }

    /** The gateway of this name; 404 when none is installed under it. */
    public PaymentGateway named(String name) {
        PaymentGateway g = byName.get(name);
        if (g == null) {
            throw DomainException.notFound("gateway");
        }
        return g;
    }
}
