/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of item a step collects, with how many the method asks for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Capture#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leerkring.model.Capture#getMin <em>Min</em>}</li>
 *   <li>{@link nl.leerkring.model.Capture#getMax <em>Max</em>}</li>
 *   <li>{@link nl.leerkring.model.Capture#isPerParticipant <em>Per Participant</em>}</li>
 *   <li>{@link nl.leerkring.model.Capture#getChooseMax <em>Choose Max</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getCapture()
 * @model
 * @generated
 */
public interface Capture extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' reference.
	 * @see #setKind(ItemKind)
	 * @see nl.leerkring.model.LeerkringPackage#getCapture_Kind()
	 * @model required="true"
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Capture#getKind <em>Kind</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' reference.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(int)
	 * @see nl.leerkring.model.LeerkringPackage#getCapture_Min()
	 * @model
	 * @generated
	 */
	int getMin();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Capture#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(int value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many items; -1 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(int)
	 * @see nl.leerkring.model.LeerkringPackage#getCapture_Max()
	 * @model default="-1"
	 * @generated
	 */
	int getMax();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Capture#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(int value);

	/**
	 * Returns the value of the '<em><b>Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * min and max count per participant (e.g. every participant asks at least one question).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Participant</em>' attribute.
	 * @see #setPerParticipant(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getCapture_PerParticipant()
	 * @model
	 * @generated
	 */
	boolean isPerParticipant();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Capture#isPerParticipant <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Participant</em>' attribute.
	 * @see #isPerParticipant()
	 * @generated
	 */
	void setPerParticipant(boolean value);

	/**
	 * Returns the value of the '<em><b>Choose Max</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many items of this kind the group may choose (★) in this step: 1, and choosing another moves the mark; more where the method lets the case bringer pick several ideas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choose Max</em>' attribute.
	 * @see #setChooseMax(int)
	 * @see nl.leerkring.model.LeerkringPackage#getCapture_ChooseMax()
	 * @model default="1"
	 * @generated
	 */
	int getChooseMax();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Capture#getChooseMax <em>Choose Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choose Max</em>' attribute.
	 * @see #getChooseMax()
	 * @generated
	 */
	void setChooseMax(int value);

} // Capture
