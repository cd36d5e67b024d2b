package com.execreports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1 and §7: which files under the data root are handoffs. */
class HandoffFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "jada.md",
        "history/jada-2026-09.md",
        "clients/2026/q4/acme.md",
        "readme-notes.md",
        "my_notes.md",
        "sub.folder/x.md"})
    void markdownFilesInAnyFolderAreHandoffs(String path) {
        assertThat(HandoffFiles.isHandoff(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "readme.md", "ReadMe.md", "README.MD", "history/README.md",
        "a/b/readme.md"})
    void aReadmeInAnyCaseAndAnyFolderIsNotAHandoff(String path) {
        assertThat(HandoffFiles.isHandoff(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_x.md", "history/_draft.md", "_drafts/x.md", "a/_drafts/b/x.md"})
    void anythingUnderANameStartingWithUnderscoreIsNotAHandoff(String path) {
        assertThat(HandoffFiles.isHandoff(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {".x.md", ".hidden/x.md", "a/.git/x.md", "a/.hidden/b/x.md"})
    void anythingUnderANameStartingWithADotIsNotAHandoff(String path) {
        assertThat(HandoffFiles.isHandoff(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reports.yml", "demo.env", "jada.txt", "jada.markdown", "jada.md.bak", "jada",
        "history/jada.pdf"})
    void filesThatAreNotMarkdownAreNotHandoffs(String path) {
        assertThat(HandoffFiles.isHandoff(path)).isFalse();
    }
}
