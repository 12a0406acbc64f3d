/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Time</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.StepTime#getStepId <em>Step Id</em>}</li>
 *   <li>{@link nl.leerkring.model.StepTime#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 *   <li>{@link nl.leerkring.model.StepTime#getTimeboxSeconds <em>Timebox Seconds</em>}</li>
 *   <li>{@link nl.leerkring.model.StepTime#getSkipReason <em>Skip Reason</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getStepTime()
 * @model
 * @generated
 */
public interface StepTime extends EObject {
	/**
	 * Returns the value of the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Id</em>' attribute.
	 * @see #setStepId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStepTime_StepId()
	 * @model required="true"
	 * @generated
	 */
	String getStepId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StepTime#getStepId <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Id</em>' attribute.
	 * @see #getStepId()
	 * @generated
	 */
	void setStepId(String value);

	/**
	 * Returns the value of the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #setElapsedSeconds(int)
	 * @see nl.leerkring.model.LeerkringPackage#getStepTime_ElapsedSeconds()
	 * @model
	 * @generated
	 */
	int getElapsedSeconds();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StepTime#getElapsedSeconds <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elapsed Seconds</em>' attribute.
	 * @see #getElapsedSeconds()
	 * @generated
	 */
	void setElapsedSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Timebox Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's timebox including minutes the facilitator added.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timebox Seconds</em>' attribute.
	 * @see #setTimeboxSeconds(int)
	 * @see nl.leerkring.model.LeerkringPackage#getStepTime_TimeboxSeconds()
	 * @model
	 * @generated
	 */
	int getTimeboxSeconds();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StepTime#getTimeboxSeconds <em>Timebox Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timebox Seconds</em>' attribute.
	 * @see #getTimeboxSeconds()
	 * @generated
	 */
	void setTimeboxSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Skip Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the facilitator skipped the step; empty when it was run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skip Reason</em>' attribute.
	 * @see #setSkipReason(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStepTime_SkipReason()
	 * @model
	 * @generated
	 */
	String getSkipReason();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.StepTime#getSkipReason <em>Skip Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skip Reason</em>' attribute.
	 * @see #getSkipReason()
	 * @generated
	 */
	void setSkipReason(String value);

} // StepTime
