package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void pages_round_up_and_an_empty_list_has_one_page() {
        assertEquals(1, Paging.pages(0, 20));
        assertEquals(1, Paging.pages(20, 20));
        assertEquals(2, Paging.pages(21, 20));
        assertEquals(12, Paging.pages(232, 20));
    }

    @Test
    void the_page_after_the_last_does_not_exist() {
        assertTrue(Paging.exists(11, 232, 20));
        assertFalse(Paging.exists(12, 232, 20));
        assertFalse(Paging.exists(-1, 232, 20));
        assertTrue(Paging.exists(0, 0, 20));
    }

    @Test
    void page_values_that_are_not_small_numbers_are_rejected() {
        assertEquals(0, Paging.parse(null));
        assertEquals(3, Paging.parse("3"));
        assertEquals(-1, Paging.parse("-1"));
        assertEquals(-1, Paging.parse("x"));
        assertEquals(-1, Paging.parse("99999999999"));
    }
}
