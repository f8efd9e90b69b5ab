package org.gongwen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context all Spring tests share (demo county seeded, jobs run by hand), with a
 * real server on a random port for the browser journeys. About 65 test classes share its one
 * database in whatever order they run, so every test owns the data it asserts on:
 * <ul>
 * <li>An exact count (a grid's size, a list's {@code hasSize}, {@code $.total}, {@code count(*)})
 * counts only rows the test made: its own units and people ({@link OwnUnits}), documents
 * ({@link DocumentChain}, which sends as a unit of its own unless told otherwise), a business key, a
 * unique title, target id or period (the supervision tests own March 2020 through
 * {@link SeededReceipts}).</li>
 * <li>Where the test must count rows it does not own (a demo person's notices), it asserts the
 * change: the count after is the count before plus what the test did.</li>
 * <li>A test that changes people or units for good (roles moved by a handover, people added)
 * does so to units of its own, never to the demo county's.</li>
 * <li>Demo units and people remain for what only reads them: logging in as a county role
 * ({@code bgs.supervisor}, {@code admin}), or a recipient whose documents the test finds by its own
 * ids. A test about the demo county itself (its demo logins, the demo seal) names 城关镇 (Z01) as the
 * sender explicitly.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public @interface IntegrationTest {}
