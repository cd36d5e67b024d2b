/**
 * Nothing here is null unless marked {@code @Nullable} (JSpecify): a parameter, return value or
 * record component that may be absent says so in its type.
 */
@NullMarked
package com.execreports.engine.report;

import org.jspecify.annotations.NullMarked;
