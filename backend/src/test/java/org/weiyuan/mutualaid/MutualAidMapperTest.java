package org.weiyuan.mutualaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.mutualaid.MutualAidEntities.Claim;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated mapper copies text fields as they are: a JSON-writing helper on the mapper once became MapStruct's
 * way to map every String, so plan names and invoice numbers reached clients wrapped in quotes.
 */
class MutualAidMapperTest {

    private final MutualAidMapper mapper = new MutualAidMapperImpl();

    @Test
    void textFieldsAreCopiedNotWrittenAsJson() {
        Plan plan = new Plan();
        plan.name = "贵阳市职工医疗互助 2026";
        plan.rules = MutualAidMapper.json(BenefitCalculatorTest.plan(90));
        assertThat(mapper.toView(plan).name()).isEqualTo("贵阳市职工医疗互助 2026");

        Claim claim = new Claim();
        claim.illness = "恶性肿瘤";
        claim.invoiceNo = "INV-1";
        claim.rejectionReason = "发票不清晰";
        claim.explanation = "[]";
        var view = mapper.toView(claim);
        assertThat(view.illness()).isEqualTo("恶性肿瘤");
        assertThat(view.invoiceNo()).isEqualTo("INV-1");
        assertThat(view.rejectionReason()).isEqualTo("发票不清晰");
    }
}
