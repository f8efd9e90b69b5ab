package org.gongwen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gongwen 公文交换: the county's electronic official-document exchange. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongwenApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongwenApplication.class, args);
    }
}
