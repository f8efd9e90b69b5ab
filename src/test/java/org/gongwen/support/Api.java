package org.gongwen.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** HTTP Basic as a demo user, the way scripts and office systems call the API. */
public final class Api {

    private Api() {}

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, Demo.PASSWORD);
    }
}
