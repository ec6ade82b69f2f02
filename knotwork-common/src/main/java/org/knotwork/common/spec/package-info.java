/**
 * Spec files for every study kind: {@link org.knotwork.common.spec.SpecText} reads JSON or YAML into a
 * tree, applies {@code --set} overrides by dotted path and writes canonical text; a kind reads its
 * spec record from the tree with the strict cursor {@link org.knotwork.common.spec.SpecNode}, whose
 * errors name the field by its dotted path.
 */
package org.knotwork.common.spec;
