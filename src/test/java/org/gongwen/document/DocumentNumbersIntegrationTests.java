package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.gongwen.document.internal.DocumentNumbers;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 发文字号 stay unique per unit and year when many documents are numbered at once (A4), for a unit of the test's own. */
@IntegrationTest
class DocumentNumbersIntegrationTests {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    ApplicationContext context;

    @Test
    void documentNumbersAreUniqueAndGaplessUnderConcurrentIssuing() throws Exception {
        String code = OwnUnits.freshCode("DN");
        long unit = OwnUnits.in(context).unit(code, "清河县字号测试局" + code).id();
        int year = 2091;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            IntStream.range(0, 120).forEach(i -> calls.add(() -> numbers.next(unit, year)));
            List<Integer> taken = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                taken.add(result.get());
            }
            assertThat(taken).doesNotHaveDuplicates().hasSize(120);
            assertThat(taken)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 120).boxed().toList());
        } finally {
            pool.shutdown();
        }
        assertThat(numbers.next(unit, year + 1)).isEqualTo(1);
        assertThat(DocumentNumbers.format("清政", 2026, 12)).isEqualTo("清政〔2026〕12号");
    }
}
