package app.stepwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StepwiseApplication {
    public static void main(String[] args) {
        SpringApplication.run(StepwiseApplication.class, args);
    }
}
