package org.weiyuan.common.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff or worker action that honours an {@code Idempotency-Key} header (the app's offline queue sends
 * each queued action's id as one): a replay of the same request answers the first answer again, with no
 * effect; see {@link IdempotencyInterceptor}. Goes on resource methods returning {@code Uni}; document
 * the header with {@code @Parameter(ref = IdempotencyRules.PARAMETER)}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
