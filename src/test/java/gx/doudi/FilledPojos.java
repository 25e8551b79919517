package gx.doudi;

import gx.doudi.indicator.Grade;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a state type by reflection: every public field of every nested type with a value that is not
 * its default, two elements per list. A serializer test that round-trips such a value fails as soon as
 * a field is added to the type and forgotten in its serializer.
 */
public final class FilledPojos {
    private int counter;

    @SuppressWarnings("unchecked")
    public <T> T filled(Class<T> type) throws Exception {
        T instance = type.getDeclaredConstructor().newInstance();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.set(instance, value(f.getType(), f.getGenericType()));
        }
        return instance;
    }

    Object value(Class<?> type, Type generic) throws Exception {
        int n = ++counter;
        if (type == String.class) {
            return "v" + n;
        } else if (type == long.class || type == Long.class) {
            return 1_700_000_000_000L + n;
        } else if (type == int.class || type == Integer.class) {
            return n;
        } else if (type == double.class || type == Double.class) {
            return n + 0.5;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == Grade.class) {
            return Grade.values()[n % Grade.values().length];
        } else if (type.isArray()) {
            Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), 2);
            for (int i = 0; i < 2; i++) {
                java.lang.reflect.Array.set(array, i, value(type.getComponentType(), type.getComponentType()));
            }
            return array;
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            list.add(value((Class<?>) element, element));
            list.add(value((Class<?>) element, element));
            return list;
        } else if (type == Map.class) {
            Type[] kv = ((ParameterizedType) generic).getActualTypeArguments();
            Map<Object, Object> map = new HashMap<>();
            map.put(value((Class<?>) kv[0], kv[0]), value((Class<?>) kv[1], kv[1]));
            return map;
        }
        return filled(type);
    }
}
