package com.statutory.officers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test helper: every field of a JSON object, nested ones included, as a path, and the object holding one. */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** Each field's path from the root, parents before their children, in document order. */
    public static List<String[]> of(ObjectNode root) {
        List<String[]> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    /** The object whose field the path's last name is. */
    public static ObjectNode parent(ObjectNode root, String[] path) {
        ObjectNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = (ObjectNode) parent.get(path[i]);
        }
        return parent;
    }

    private static void collect(ObjectNode node, List<String> prefix, List<String[]> out) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(path.toArray(String[]::new));
            if (node.get(name) instanceof ObjectNode child) {
                collect(child, path, out);
            }
        }
    }
}
